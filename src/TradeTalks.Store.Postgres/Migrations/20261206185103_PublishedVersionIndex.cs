using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PublishedVersionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecordVersions_Kind_Key",
                table: "RecordVersions");

            migrationBuilder.CreateIndex(
                name: "IX_RecordVersions_Kind_Key_ChangeSetId",
                table: "RecordVersions",
                columns: new[] { "Kind", "Key", "ChangeSetId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RecordVersions_Kind_Key_ChangeSetId",
                table: "RecordVersions");

            migrationBuilder.CreateIndex(
                name: "IX_RecordVersions_Kind_Key",
                table: "RecordVersions",
                columns: new[] { "Kind", "Key" });
        }
    }
}
