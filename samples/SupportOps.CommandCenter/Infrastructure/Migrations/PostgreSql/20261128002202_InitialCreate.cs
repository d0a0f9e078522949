using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agents",
                columns: table => new
                {
                    AgentId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    IsTeamLead = table.Column<bool>(type: "boolean", nullable: false),
                    Skills = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    ChannelCapacity = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    TimeZone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    ShiftDays = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ShiftStartMinutes = table.Column<int>(type: "integer", nullable: false),
                    ShiftEndMinutes = table.Column<int>(type: "integer", nullable: false),
                    OnCallPosition = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agents", x => x.AgentId);
                });

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
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
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
                    LockoutEndTicks = table.Column<long>(type: "bigint", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtTicks = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Target = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Before = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    After = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DailyRollups",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Priority = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Agent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Created = table.Column<int>(type: "integer", nullable: false),
                    FirstReplies = table.Column<int>(type: "integer", nullable: false),
                    FirstReplySeconds = table.Column<long>(type: "bigint", nullable: false),
                    Solved = table.Column<int>(type: "integer", nullable: false),
                    ResolutionSeconds = table.Column<long>(type: "bigint", nullable: false),
                    Reopened = table.Column<int>(type: "integer", nullable: false),
                    Escalated = table.Column<int>(type: "integer", nullable: false),
                    FirstResponseMet = table.Column<int>(type: "integer", nullable: false),
                    FirstResponseBreached = table.Column<int>(type: "integer", nullable: false),
                    NextResponseMet = table.Column<int>(type: "integer", nullable: false),
                    NextResponseBreached = table.Column<int>(type: "integer", nullable: false),
                    PeriodicUpdateMet = table.Column<int>(type: "integer", nullable: false),
                    PeriodicUpdateBreached = table.Column<int>(type: "integer", nullable: false),
                    ResolutionMet = table.Column<int>(type: "integer", nullable: false),
                    ResolutionBreached = table.Column<int>(type: "integer", nullable: false),
                    BacklogChange = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyRollups", x => new { x.Day, x.Queue, x.Channel, x.Priority, x.Agent });
                });

            migrationBuilder.CreateTable(
                name: "DeadLetters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    PayloadId = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    DeadLetteredAtTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    EventId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    DedupeKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    EventType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    OccurredAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxCounters",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Priority = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    RiskBand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    IsBreached = table.Column<bool>(type: "boolean", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxCounters", x => new { x.Queue, x.Status, x.Priority, x.Channel, x.RiskBand, x.IsBreached, x.Assignee });
                });

            migrationBuilder.CreateTable(
                name: "IngestCursors",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Cursor = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    UpdatedAtTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestCursors", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "IngestRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    StartedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAtTicks = table.Column<long>(type: "bigint", nullable: true),
                    Pages = table.Column<int>(type: "integer", nullable: false),
                    TicketsUpserted = table.Column<int>(type: "integer", nullable: false),
                    EventsAppended = table.Column<int>(type: "integer", nullable: false),
                    Duplicates = table.Column<int>(type: "integer", nullable: false),
                    Superseded = table.Column<int>(type: "integer", nullable: false),
                    DeadLettered = table.Column<int>(type: "integer", nullable: false),
                    Ignored = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ExpiresAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    AcquiredAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    Generation = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Recipient = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    Body = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    NotBeforeTicks = table.Column<long>(type: "bigint", nullable: false),
                    ClaimToken = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "C"),
                    ClaimExpiresAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    SentAtTicks = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReconciliationRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Instance = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    StartedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAtTicks = table.Column<long>(type: "bigint", nullable: true),
                    TicketsChecked = table.Column<int>(type: "integer", nullable: false),
                    Drifted = table.Column<int>(type: "integer", nullable: false),
                    Missing = table.Column<int>(type: "integer", nullable: false),
                    DriftedTicketIds = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReconciliationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RollupFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Metric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Timer = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Priority = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Agent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Seconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoutingDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    EventVersion = table.Column<long>(type: "bigint", nullable: false),
                    DecisionId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    PolicyVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    InputsHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    RuleId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    OverrideId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    TargetKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    TargetId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    AssigneeId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    ReasonCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Alternatives = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AlternativesOmitted = table.Column<int>(type: "integer", nullable: false),
                    DecidedAtTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedViews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    FilterJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "C"),
                    Sort = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    CreatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedViews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingsVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SavedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketSnapshots",
                columns: table => new
                {
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Priority = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    CreatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    DueSortKey = table.Column<long>(type: "bigint", nullable: false),
                    SlaTimerKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    IsBreached = table.Column<bool>(type: "boolean", nullable: false),
                    EverBreached = table.Column<bool>(type: "boolean", nullable: false),
                    RiskScore = table.Column<double>(type: "double precision", nullable: false),
                    RiskBand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    RiskReasons = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    EvaluatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    RequesterId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    WaitingSinceTicks = table.Column<long>(type: "bigint", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    SlaState = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketSnapshots", x => x.TicketId);
                });

            migrationBuilder.CreateTable(
                name: "TicketSummaries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    InputsHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    GeneratedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    Provider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    FallbackReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    Text = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Document = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketSummaries", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_Agents_Team",
                table: "Agents",
                column: "Team");

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
                name: "IX_AuditEntries_Action_Id",
                table: "AuditEntries",
                columns: new[] { "Action", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Actor_Id",
                table: "AuditEntries",
                columns: new[] { "Actor", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtTicks",
                table: "AuditEntries",
                column: "AtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Target_Id",
                table: "AuditEntries",
                columns: new[] { "Target", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyRollups_Agent_Day",
                table: "DailyRollups",
                columns: new[] { "Agent", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyRollups_Queue_Day",
                table: "DailyRollups",
                columns: new[] { "Queue", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadLetters_DeadLetteredAtTicks",
                table: "DeadLetters",
                column: "DeadLetteredAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_DeadLetters_KeyHash",
                table: "DeadLetters",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadLetters_Source_Id",
                table: "DeadLetters",
                columns: new[] { "Source", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_OccurredAtTicks",
                table: "Events",
                column: "OccurredAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_Events_RecordedAtTicks",
                table: "Events",
                column: "RecordedAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_Events_TicketId_DedupeKey",
                table: "Events",
                columns: new[] { "TicketId", "DedupeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_TicketId_Version",
                table: "Events",
                columns: new[] { "TicketId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxCounters_Assignee",
                table: "InboxCounters",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_IngestRuns_Source_Id",
                table: "IngestRuns",
                columns: new[] { "Source", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ClaimToken",
                table: "OutboxMessages",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageKey",
                table: "OutboxMessages",
                column: "MessageKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_Id",
                table: "OutboxMessages",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NotBeforeTicks_Id",
                table: "OutboxMessages",
                columns: new[] { "Status", "NotBeforeTicks", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ReconciliationRuns_StartedAtTicks",
                table: "ReconciliationRuns",
                column: "StartedAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_RollupFacts_Metric_Day",
                table: "RollupFacts",
                columns: new[] { "Metric", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_RollupFacts_TicketId",
                table: "RollupFacts",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingDecisions_TicketId_Id",
                table: "RoutingDecisions",
                columns: new[] { "TicketId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedViews_Owner_Name",
                table: "SavedViews",
                columns: new[] { "Owner", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettingsVersions_Kind_Version",
                table: "SettingsVersions",
                columns: new[] { "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Assignee",
                table: "TicketSnapshots",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Assignee_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "Assignee", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Assignee_Triage",
                table: "TicketSnapshots",
                columns: new[] { "Assignee", "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "CreatedAtTicks", "TicketId" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_DueSortKey_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "DueSortKey", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_DueSortKey",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_DueSortKey_Priority_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue",
                table: "TicketSnapshots",
                column: "Queue");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "Queue", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue_Triage",
                table: "TicketSnapshots",
                columns: new[] { "Queue", "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskBand",
                table: "TicketSnapshots",
                column: "RiskBand");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "RiskScore", "TicketId" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Status_DueSortKey",
                table: "TicketSnapshots",
                columns: new[] { "Status", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Status_Risk",
                table: "TicketSnapshots",
                columns: new[] { "Status", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Status_Triage",
                table: "TicketSnapshots",
                columns: new[] { "Status", "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_WaitingSinceTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "WaitingSinceTicks", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSummaries_TicketId_Number",
                table: "TicketSummaries",
                columns: new[] { "TicketId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agents");

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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DailyRollups");

            migrationBuilder.DropTable(
                name: "DeadLetters");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "InboxCounters");

            migrationBuilder.DropTable(
                name: "IngestCursors");

            migrationBuilder.DropTable(
                name: "IngestRuns");

            migrationBuilder.DropTable(
                name: "Leases");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ReconciliationRuns");

            migrationBuilder.DropTable(
                name: "RollupFacts");

            migrationBuilder.DropTable(
                name: "RoutingDecisions");

            migrationBuilder.DropTable(
                name: "SavedViews");

            migrationBuilder.DropTable(
                name: "SettingsVersions");

            migrationBuilder.DropTable(
                name: "TicketSnapshots");

            migrationBuilder.DropTable(
                name: "TicketSummaries");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
