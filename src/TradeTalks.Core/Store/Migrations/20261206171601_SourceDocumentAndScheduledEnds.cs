using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Migrations
{
    /// <inheritdoc />
    public partial class SourceDocumentAndScheduledEnds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ScheduledOnly",
                table: "TariffChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Sources",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Original");

            migrationBuilder.AddColumn<bool>(
                name: "PublisherSiteOnly",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduledOnly",
                table: "TariffChanges");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "PublisherSiteOnly",
                table: "Sources");
        }
    }
}
