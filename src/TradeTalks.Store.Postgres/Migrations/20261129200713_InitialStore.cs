using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TradeTalks.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DisabledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeSets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    Origin = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Removed = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true, collation: "C"),
                    FileHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Developments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Developments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorReleases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Indicator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Series = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true, collation: "C"),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Prior = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    PriorLabel = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Expected = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    ExpectedNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Covers = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemovedRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemovedRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoreMarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreMarks", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Talks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Outcome = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Talks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffLayers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Imposer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Authority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Products = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C"),
                    TradeCovered = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffLayers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TruceWindows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Deadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeadlineZone = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    LapsedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LapseNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TruceWindows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChangeSetId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    After = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordVersions_ChangeSets_ChangeSetId",
                        column: x => x.ChangeSetId,
                        principalTable: "ChangeSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeasureChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SuspendedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Accuser = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Accused = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Topic = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Speaker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Words = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false, collation: "C"),
                    Context = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    DevelopmentId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                    IndicatorReleaseId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                name: "MeasureSources",
                columns: table => new
                {
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                name: "PersonSources",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Party = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TalkId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Quantity = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    Unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true, collation: "C"),
                    Period = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                name: "TalkParticipants",
                columns: table => new
                {
                    ParticipantsId = table.Column<int>(type: "integer", nullable: false),
                    TalkId = table.Column<int>(type: "integer", nullable: false)
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
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    TalkId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    LayerId = table.Column<int>(type: "integer", nullable: false),
                    Rate = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    LowestRate = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    EndsLayer = table.Column<bool>(type: "boolean", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Cause = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    TariffLayerId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    TruceWindowId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NewDeadline = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    TruceWindowId = table.Column<int>(type: "integer", nullable: false)
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
                name: "MeasureChangeSources",
                columns: table => new
                {
                    MeasureChangeId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                name: "ClaimSources",
                columns: table => new
                {
                    ClaimId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    StatementId = table.Column<int>(type: "integer", nullable: false)
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
                name: "CommitmentProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
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
                name: "TariffChangeSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    TariffChangeId = table.Column<int>(type: "integer", nullable: false)
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
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    TruceExtensionId = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TruceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    TruceWindowId = table.Column<int>(type: "integer", nullable: false),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LayerId = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: true),
                    MeasureId = table.Column<int>(type: "integer", nullable: true),
                    ExtensionId = table.Column<int>(type: "integer", nullable: true),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    CommitmentProgressId = table.Column<int>(type: "integer", nullable: false),
                    SourcesId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitmentProgressSources", x => new { x.CommitmentProgressId, x.SourcesId });
                    table.ForeignKey(
                        name: "FK_CommitmentProgressSources_CommitmentProgress_CommitmentProg~",
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
                name: "TruceItemSources",
                columns: table => new
                {
                    SourcesId = table.Column<int>(type: "integer", nullable: false),
                    TruceItemId = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeSets_Actor",
                table: "ChangeSets",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeSets_At",
                table: "ChangeSets",
                column: "At");

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
                name: "IX_IndicatorReleases_PeriodStart",
                table: "IndicatorReleases",
                column: "PeriodStart");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_ReleasedOn",
                table: "IndicatorReleases",
                column: "ReleasedOn");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_Series",
                table: "IndicatorReleases",
                column: "Series");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleases_Series_PeriodStart",
                table: "IndicatorReleases",
                columns: new[] { "Series", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorReleaseSources_SourcesId",
                table: "IndicatorReleaseSources",
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
                name: "IX_People_Key",
                table: "People",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PersonSources_SourcesId",
                table: "PersonSources",
                column: "SourcesId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordVersions_ChangeSetId",
                table: "RecordVersions",
                column: "ChangeSetId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordVersions_Kind_Key",
                table: "RecordVersions",
                columns: new[] { "Kind", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_RemovedRecords_Kind_Key",
                table: "RemovedRecords",
                columns: new[] { "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Key",
                table: "Sources",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_PublishedOn",
                table: "Sources",
                column: "PublishedOn");

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
                name: "IX_TariffChanges_EffectiveAt",
                table: "TariffChanges",
                column: "EffectiveAt");

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
                name: "IX_TariffLayers_Scope_Imposer_Authority_Name",
                table: "TariffLayers",
                columns: new[] { "Scope", "Imposer", "Authority", "Name" });

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

            migrationBuilder.CreateIndex(
                name: "IX_TruceWindows_AnnouncedOn",
                table: "TruceWindows",
                column: "AnnouncedOn");

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
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "ClaimSources");

            migrationBuilder.DropTable(
                name: "CommitmentProgressSources");

            migrationBuilder.DropTable(
                name: "CommitmentSources");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DevelopmentSources");

            migrationBuilder.DropTable(
                name: "IndicatorReleaseSources");

            migrationBuilder.DropTable(
                name: "MeasureChangeSources");

            migrationBuilder.DropTable(
                name: "MeasureSources");

            migrationBuilder.DropTable(
                name: "PersonSources");

            migrationBuilder.DropTable(
                name: "RecordVersions");

            migrationBuilder.DropTable(
                name: "RemovedRecords");

            migrationBuilder.DropTable(
                name: "StatementSources");

            migrationBuilder.DropTable(
                name: "StoreMarks");

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
                name: "TruceItemSources");

            migrationBuilder.DropTable(
                name: "TruceWindowSources");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "CommitmentProgress");

            migrationBuilder.DropTable(
                name: "Developments");

            migrationBuilder.DropTable(
                name: "IndicatorReleases");

            migrationBuilder.DropTable(
                name: "MeasureChanges");

            migrationBuilder.DropTable(
                name: "ChangeSets");

            migrationBuilder.DropTable(
                name: "Statements");

            migrationBuilder.DropTable(
                name: "TariffChanges");

            migrationBuilder.DropTable(
                name: "TruceItems");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Measures");

            migrationBuilder.DropTable(
                name: "TariffLayers");

            migrationBuilder.DropTable(
                name: "TruceExtensions");

            migrationBuilder.DropTable(
                name: "Talks");

            migrationBuilder.DropTable(
                name: "TruceWindows");
        }
    }
}
