using System.Security.Cryptography;
using System.Text;

namespace TradeTalks.Web.Embeds;

/// <summary>
/// The whole style sheet and the one script of the embeds, written into each embed: a newsroom's page loads one small
/// document per frame, with none of MudBlazor's or Blazor's files. The Content-Security-Policy of /embed/* allows
/// exactly these two by their hashes (<see cref="Policy"/>).
/// </summary>
public static class EmbedAssets
{
    public const string Styles =
        "*{box-sizing:border-box}html{color-scheme:light dark}" +
        "body{margin:0;font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;background:#fff}" +
        "main{padding:12px 14px}figure{margin:0}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}h1{font-size:16px;margin:0 0 8px}p{margin:0}a{color:#0b57d0}" +
        ".figures{display:flex;flex-wrap:wrap;gap:12px 24px}.figure{flex:1 1 200px;min-width:0}" +
        ".label{display:block;font-size:13px;color:#555}" +
        ".value{display:block;font-size:36px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.15}" +
        ".note{font-size:13px;color:#555;margin-top:4px}.state{font-weight:600}" +
        ".countdown{display:flex;gap:8px;margin:10px 0 4px}" +
        ".countdown span{flex:1 1 0;max-width:84px;text-align:center;background:#f0f0f0;border-radius:6px;padding:6px 2px;font-size:12px;color:#555}" +
        ".countdown b{display:block;font-size:26px;color:#1a1a1a;font-variant-numeric:tabular-nums}" +
        ".passed{font-size:20px;font-weight:700;margin:10px 0 4px}" +
        ".credit{font-size:12px;color:#555;margin-top:10px;border-top:1px solid #ddd;padding-top:6px}" +
        "svg{display:block;width:100%;height:auto}" +
        "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}.label,.note,.credit{color:#bbb}" +
        ".countdown span{background:#2a2a2a;color:#bbb}.countdown b{color:#eee}a{color:#8ab4f8}}";

    /// <summary>
    /// Ticks the truce's countdown from the reader's clock. When the deadline comes it says so rather than showing
    /// zeros, and loads the embed again, so the server says what the truce's state is then.
    /// </summary>
    public const string CountdownScript = """
        (() => {
          const timer = document.querySelector('[data-deadline]');
          if (!timer) return;
          const deadline = Date.parse(timer.dataset.deadline);
          const pad = (n) => String(n).padStart(2, '0');
          let running = false;
          const tick = () => {
            let left = Math.floor((deadline - Date.now()) / 1000);
            if (!(left > 0)) {
              clearInterval(every);
              const passed = document.createElement('p');
              passed.className = 'passed';
              passed.textContent = 'The deadline has just passed.';
              timer.replaceWith(passed);
              if (running) setTimeout(() => location.reload(), 1500);
              return;
            }
            running = true;
            const parts = { days: Math.floor(left / 86400), hours: Math.floor(left / 3600) % 24, minutes: Math.floor(left / 60) % 60, seconds: left % 60 };
            for (const [unit, value] of Object.entries(parts)) {
              const cell = timer.querySelector(`[data-unit="${unit}"]`);
              if (cell) cell.textContent = pad(value);
            }
            timer.setAttribute('aria-label', `${parts.days} days, ${parts.hours} hours, ${parts.minutes} minutes left`);
          };
          const every = setInterval(tick, 1000);
          tick();
        })();
        """;

    /// <summary>
    /// The Content-Security-Policy of the embeds: any page may frame them (frame-ancestors *), and they may run and style
    /// nothing but what this class holds.
    /// </summary>
    public static string Policy { get; } =
        $"default-src 'none'; script-src {Hash(CountdownScript)}; style-src {Hash(Styles)}; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors *";

    /// <summary>Whether a request is for an embed, which other sites may frame.</summary>
    public static bool IsEmbed(PathString path) => path.StartsWithSegments("/embed", StringComparison.OrdinalIgnoreCase);

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
