using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TradeTalks.Store.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Authority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Effect = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TakesPrecedence = table.Column<bool>(type: "boolean", nullable: false),
                    Basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LayerId = table.Column<int>(type: "integer", nullable: true),
                    Headings = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Reaches = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    ProductProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
