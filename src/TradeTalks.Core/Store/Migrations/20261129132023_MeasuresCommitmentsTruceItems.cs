using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Migrations
{
    /// <inheritdoc />
    public partial class MeasuresCommitmentsTruceItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LapseRateChinaOnUs",
                table: "TruceWindows");

            migrationBuilder.DropColumn(
                name: "LapseRateUsOnChina",
                table: "TruceWindows");

            migrationBuilder.DropColumn(
                name: "LapseTerms",
                table: "TruceWindows");

            migrationBuilder.DropColumn(
                name: "SuspendedPointsChinaOnUs",
                table: "TruceWindows");

            migrationBuilder.DropColumn(
                name: "SuspendedPointsUsOnChina",
                table: "TruceWindows");

            migrationBuilder.AddColumn<string>(
                name: "LapseNote",
                table: "TruceWindows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LapsedOn",
                table: "TruceWindows",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "TariffLayers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TradeCovered",
                table: "TariffLayers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LowestRate",
                table: "TariffChanges",
                type: "TEXT",
                precision: 9,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "IndicatorReleases",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Claims",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Resolution",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolvedOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TalkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Covers = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitmentProgress_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentSources",
                columns: table => new
                {
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentSources", x => new { x.CommitmentId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_CommitmentSources_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitmentSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SuspendedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureChanges_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasureSources",
                columns: table => new
                {
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureSources", x => new { x.MeasureId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_MeasureSources_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasureSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TruceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TruceWindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExtensionId = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TruceItems_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TruceItems_TariffLayers_LayerId",
                        column: x => x.LayerId,
                        principalTable: "TariffLayers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TruceItems_TruceExtensions_ExtensionId",
                        column: x => x.ExtensionId,
                        principalTable: "TruceExtensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TruceItems_TruceWindows_TruceWindowId",
                        column: x => x.TruceWindowId,
                        principalTable: "TruceWindows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitmentProgressSources",
                columns: table => new
                {
                    CommitmentProgressId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentProgressSources", x => new { x.CommitmentProgressId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_CommitmentProgressSources_CommitmentProgress_CommitmentProgressId",
                        column: x => x.CommitmentProgressId,
                        principalTable: "CommitmentProgress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommitmentProgressSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureChangeSources",
                columns: table => new
                {
                    MeasureChangeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureChangeSources", x => new { x.MeasureChangeId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_MeasureChangeSources_MeasureChanges_MeasureChangeId",
                        column: x => x.MeasureChangeId,
                        principalTable: "MeasureChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasureChangeSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TruceItemSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TruceItemId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceItemSources", x => new { x.SourcesId, x.TruceItemId });
                    table.ForeignKey(
                        name: "FK_TruceItemSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TruceItemSources_TruceItems_TruceItemId",
                        column: x => x.TruceItemId,
                        principalTable: "TruceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_Series",
                table: "IndicatorReleases",
                column: "Series");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentProgress_CommitmentId",
                table: "CommitmentProgress",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentProgress_Key",
                table: "CommitmentProgress",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentProgress_On",
                table: "CommitmentProgress",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentProgressSources_SourcesId",
                table: "CommitmentProgressSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_Key",
                table: "Commitments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_MadeOn",
                table: "Commitments",
                column: "MadeOn");

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_TalkId",
                table: "Commitments",
                column: "TalkId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitmentSources_SourcesId",
                table: "CommitmentSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureChanges_Key",
                table: "MeasureChanges",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureChanges_MeasureId_At",
                table: "MeasureChanges",
                columns: new[] { "MeasureId", "At" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureChanges_On",
                table: "MeasureChanges",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureChangeSources_SourcesId",
                table: "MeasureChangeSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_Key",
                table: "Measures",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureSources_SourcesId",
                table: "MeasureSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceItems_ExtensionId",
                table: "TruceItems",
                column: "ExtensionId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceItems_Key",
                table: "TruceItems",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TruceItems_LayerId",
                table: "TruceItems",
                column: "LayerId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceItems_MeasureId",
                table: "TruceItems",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceItems_TruceWindowId",
                table: "TruceItems",
                column: "TruceWindowId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceItemSources_TruceItemId",
                table: "TruceItemSources",
                column: "TruceItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitmentProgressSources");

            migrationBuilder.DropTable(
                name: "CommitmentSources");

            migrationBuilder.DropTable(
                name: "MeasureChangeSources");

            migrationBuilder.DropTable(
                name: "MeasureSources");

            migrationBuilder.DropTable(
                name: "TruceItemSources");

            migrationBuilder.DropTable(
                name: "CommitmentProgress");

            migrationBuilder.DropTable(
                name: "MeasureChanges");

            migrationBuilder.DropTable(
                name: "TruceItems");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_IndicatorReleases_Series",
                table: "IndicatorReleases");

            migrationBuilder.DropColumn(
                name: "LapseNote",
                table: "TruceWindows");

            migrationBuilder.DropColumn(
                name: "LapsedOn",
                table: "TruceWindows");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "TariffLayers");

            migrationBuilder.DropColumn(
                name: "TradeCovered",
                table: "TariffLayers");

            migrationBuilder.DropColumn(
                name: "LowestRate",
                table: "TariffChanges");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "IndicatorReleases");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Resolution",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ResolvedOn",
                table: "Claims");

            migrationBuilder.AddColumn<decimal>(
                name: "LapseRateChinaOnUs",
                table: "TruceWindows",
                type: "TEXT",
                precision: 9,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "LapseRateUsOnChina",
                table: "TruceWindows",
                type: "TEXT",
                precision: 9,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "LapseTerms",
                table: "TruceWindows",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "SuspendedPointsChinaOnUs",
                table: "TruceWindows",
                type: "TEXT",
                precision: 9,
                scale: 3,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "SuspendedPointsUsOnChina",
                table: "TruceWindows",
                type: "TEXT",
                precision: 9,
                scale: 3,
                nullable: false,
                defaultValue: 0m);
        }
    }
}
