using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Migrations
{
    /// <inheritdoc />
    public partial class ReadingIndexesAndStoreMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoreMarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreMarks", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TruceWindows_AnnouncedOn",
                table: "TruceWindows",
                column: "AnnouncedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TariffLayers_Scope_Imposer",
                table: "TariffLayers",
                columns: new[] { "Scope", "Imposer" });

            migrationBuilder.CreateIndex(
                name: "IX_TariffChanges_EffectiveAt",
                table: "TariffChanges",
                column: "EffectiveAt");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_PublishedOn",
                table: "Sources",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_PeriodStart",
                table: "IndicatorReleases",
                column: "PeriodStart");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_Series_PeriodStart",
                table: "IndicatorReleases",
                columns: new[] { "Series", "PeriodStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoreMarks");

            migrationBuilder.DropIndex(
                name: "IX_TruceWindows_AnnouncedOn",
                table: "TruceWindows");

            migrationBuilder.DropIndex(
                name: "IX_TariffLayers_Scope_Imposer",
                table: "TariffLayers");

            migrationBuilder.DropIndex(
                name: "IX_TariffChanges_EffectiveAt",
                table: "TariffChanges");

            migrationBuilder.DropIndex(
                name: "IX_Sources_PublishedOn",
                table: "Sources");

            migrationBuilder.DropIndex(
                name: "IX_People_Name",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorReleases_PeriodStart",
                table: "IndicatorReleases");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorReleases_Series_PeriodStart",
                table: "IndicatorReleases");
        }
    }
}
