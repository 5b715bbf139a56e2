using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TradeTalks.Store.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Developments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Developments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorReleases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Prior = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    PriorLabel = table.Column<string>(type: "TEXT", nullable: true),
                    Expected = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    ExpectedNote = table.Column<string>(type: "TEXT", nullable: true),
                    ReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Talks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Talks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffLayers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Imposer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Products = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffLayers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TruceWindows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineZone = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SuspendedPointsUsOnChina = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    SuspendedPointsChinaOnUs = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    LapseRateUsOnChina = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    LapseRateChinaOnUs = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    LapseTerms = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceWindows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Accuser = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Accused = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Statements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Context = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Statements_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentSources",
                columns: table => new
                {
                    DevelopmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentSources", x => new { x.DevelopmentId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_DevelopmentSources_Developments_DevelopmentId",
                        column: x => x.DevelopmentId,
                        principalTable: "Developments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevelopmentSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorReleaseSources",
                columns: table => new
                {
                    IndicatorReleaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorReleaseSources", x => new { x.IndicatorReleaseId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_IndicatorReleaseSources_IndicatorReleases_IndicatorReleaseId",
                        column: x => x.IndicatorReleaseId,
                        principalTable: "IndicatorReleases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorReleaseSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonSources",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonSources", x => new { x.PersonId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_PersonSources_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkParticipants",
                columns: table => new
                {
                    ParticipantsId = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkParticipants", x => new { x.ParticipantsId, x.TalkId });
                    table.ForeignKey(
                        name: "FK_TalkParticipants_People_ParticipantsId",
                        column: x => x.ParticipantsId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalkParticipants_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkSources", x => new { x.SourcesId, x.TalkId });
                    table.ForeignKey(
                        name: "FK_TalkSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalkSources_Talks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "Talks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TariffChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    EndsLayer = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffChanges_TariffLayers_LayerId",
                        column: x => x.LayerId,
                        principalTable: "TariffLayers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TariffLayerSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TariffLayerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffLayerSources", x => new { x.SourcesId, x.TariffLayerId });
                    table.ForeignKey(
                        name: "FK_TariffLayerSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TariffLayerSources_TariffLayers_TariffLayerId",
                        column: x => x.TariffLayerId,
                        principalTable: "TariffLayers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TruceExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TruceWindowId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NewDeadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TruceExtensions_TruceWindows_TruceWindowId",
                        column: x => x.TruceWindowId,
                        principalTable: "TruceWindows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TruceWindowSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TruceWindowId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceWindowSources", x => new { x.SourcesId, x.TruceWindowId });
                    table.ForeignKey(
                        name: "FK_TruceWindowSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TruceWindowSources_TruceWindows_TruceWindowId",
                        column: x => x.TruceWindowId,
                        principalTable: "TruceWindows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClaimSources",
                columns: table => new
                {
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimSources", x => new { x.ClaimId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_ClaimSources_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatementSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatementSources", x => new { x.SourcesId, x.StatementId });
                    table.ForeignKey(
                        name: "FK_StatementSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StatementSources_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TariffChangeSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TariffChangeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffChangeSources", x => new { x.SourcesId, x.TariffChangeId });
                    table.ForeignKey(
                        name: "FK_TariffChangeSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TariffChangeSources_TariffChanges_TariffChangeId",
                        column: x => x.TariffChangeId,
                        principalTable: "TariffChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TruceExtensionSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "INTEGER", nullable: false),
                    TruceExtensionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceExtensionSources", x => new { x.SourcesId, x.TruceExtensionId });
                    table.ForeignKey(
                        name: "FK_TruceExtensionSources_Sources_SourcesId",
                        column: x => x.SourcesId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TruceExtensionSources_TruceExtensions_TruceExtensionId",
                        column: x => x.TruceExtensionId,
                        principalTable: "TruceExtensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Key",
                table: "Claims",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PersonId",
                table: "Claims",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ReportedOn",
                table: "Claims",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimSources_SourcesId",
                table: "ClaimSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Developments_Key",
                table: "Developments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Developments_On",
                table: "Developments",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentSources_SourcesId",
                table: "DevelopmentSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_Key",
                table: "IndicatorReleases",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_ReleasedOn",
                table: "IndicatorReleases",
                column: "ReleasedOn");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleaseSources_SourcesId",
                table: "IndicatorReleaseSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_People_Key",
                table: "People",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonSources_SourcesId",
                table: "PersonSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Key",
                table: "Sources",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Statements_Key",
                table: "Statements",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Statements_PersonId",
                table: "Statements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_SaidOn",
                table: "Statements",
                column: "SaidOn");

            migrationBuilder.CreateIndex(
                name: "IX_StatementSources_StatementId",
                table: "StatementSources",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_TalkParticipants_TalkId",
                table: "TalkParticipants",
                column: "TalkId");

            migrationBuilder.CreateIndex(
                name: "IX_Talks_FirstDay",
                table: "Talks",
                column: "FirstDay");

            migrationBuilder.CreateIndex(
                name: "IX_Talks_Key",
                table: "Talks",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalkSources_TalkId",
                table: "TalkSources",
                column: "TalkId");

            migrationBuilder.CreateIndex(
                name: "IX_TariffChanges_EffectiveOn",
                table: "TariffChanges",
                column: "EffectiveOn");

            migrationBuilder.CreateIndex(
                name: "IX_TariffChanges_Key",
                table: "TariffChanges",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffChanges_LayerId_EffectiveAt",
                table: "TariffChanges",
                columns: new[] { "LayerId", "EffectiveAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffChangeSources_TariffChangeId",
                table: "TariffChangeSources",
                column: "TariffChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_TariffLayers_Key",
                table: "TariffLayers",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffLayerSources_TariffLayerId",
                table: "TariffLayerSources",
                column: "TariffLayerId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceExtensions_Key",
                table: "TruceExtensions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TruceExtensions_SignedOn",
                table: "TruceExtensions",
                column: "SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_TruceExtensions_TruceWindowId",
                table: "TruceExtensions",
                column: "TruceWindowId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceExtensionSources_TruceExtensionId",
                table: "TruceExtensionSources",
                column: "TruceExtensionId");

            migrationBuilder.CreateIndex(
                name: "IX_TruceWindows_Key",
                table: "TruceWindows",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TruceWindowSources_TruceWindowId",
                table: "TruceWindowSources",
                column: "TruceWindowId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimSources");

            migrationBuilder.DropTable(
                name: "DevelopmentSources");

            migrationBuilder.DropTable(
                name: "IndicatorReleaseSources");

            migrationBuilder.DropTable(
                name: "PersonSources");

            migrationBuilder.DropTable(
                name: "StatementSources");

            migrationBuilder.DropTable(
                name: "TalkParticipants");

            migrationBuilder.DropTable(
                name: "TalkSources");

            migrationBuilder.DropTable(
                name: "TariffChangeSources");

            migrationBuilder.DropTable(
                name: "TariffLayerSources");

            migrationBuilder.DropTable(
                name: "TruceExtensionSources");

            migrationBuilder.DropTable(
                name: "TruceWindowSources");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "Developments");

            migrationBuilder.DropTable(
                name: "IndicatorReleases");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "Talks");

            migrationBuilder.DropTable(
                name: "TariffChanges");

            migrationBuilder.DropTable(
                name: "TruceExtensions");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "TariffLayers");

            migrationBuilder.DropTable(
                name: "TruceWindows");
        }
    }
}
