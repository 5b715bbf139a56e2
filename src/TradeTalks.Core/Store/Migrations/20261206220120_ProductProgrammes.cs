using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Migrations
{
    /// <inheritdoc />
    public partial class ProductProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProductProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TakesPrecedence = table.Column<bool>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Headings = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Reaches = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductProgrammes_TariffLayers_LayerId",
                        column: x => x.LayerId,
                        principalTable: "TariffLayers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductProgrammeSources",
                columns: table => new
                {
                    ProductProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductProgrammeSources", x => new { x.ProductProgrammeId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_ProductProgrammeSources_ProductProgrammes_ProductProgrammeId",
                        column: x => x.ProductProgrammeId,
                        principalTable: "ProductProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProductProgrammeSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProductProgrammes_Key",
                table: "ProductProgrammes",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductProgrammes_LayerId",
                table: "ProductProgrammes",
                column: "LayerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductProgrammeSources_SourcesId",
                table: "ProductProgrammeSources",
                column: "SourcesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProductProgrammeSources");

            migrationBuilder.DropTable(
                name: "ProductProgrammes");
        }
    }
}
