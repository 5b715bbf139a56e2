using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Migrations
{
    /// <inheritdoc />
    public partial class NamedGoodsInAuthorityOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TariffLayers_Scope_Imposer",
                table: "TariffLayers");

            migrationBuilder.CreateIndex(
                name: "IX_TariffLayers_Scope_Imposer_Authority_Name",
                table: "TariffLayers",
                columns: new[] { "Scope", "Imposer", "Authority", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TariffLayers_Scope_Imposer_Authority_Name",
                table: "TariffLayers");

            migrationBuilder.CreateIndex(
                name: "IX_TariffLayers_Scope_Imposer",
                table: "TariffLayers",
                columns: new[] { "Scope", "Imposer" });
        }
    }
}
