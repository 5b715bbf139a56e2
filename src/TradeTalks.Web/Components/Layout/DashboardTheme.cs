using MudBlazor;

namespace TradeTalks.Web.Components.Layout;

/// <summary>The dashboard's colours and type. System fonts only: the app runs without internet access.</summary>
public static class DashboardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1a4f8b",
            Secondary = "#b3261e",
            AppbarBackground = "#1a4f8b",
            Background = "#f6f7f9",
            TextSecondary = "rgba(0,0,0,0.68)",
            Success = "#2e7d32",
            Warning = "#a15c00",
            Error = "#c62828",
            Info = "#1565c0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#90caf9",
            PrimaryContrastText = "#000000",
            Secondary = "#ef9a9a",
            AppbarBackground = "#1e2330",
            Background = "#14171f",
            Surface = "#1e2330",
            DrawerBackground = "#1e2330",
            TextSecondary = "rgba(255,255,255,0.72)",
            Success = "#66bb6a",
            SuccessContrastText = "#000000",
            Warning = "#ffb74d",
            WarningContrastText = "#000000",
            Error = "#ef9a9a",
            ErrorContrastText = "#000000",
            Info = "#90caf9",
            InfoContrastText = "#000000",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
