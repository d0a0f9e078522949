using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportsRollupsSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyRollups",
                columns: table => new
                {
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReplies = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstReplySeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Solved = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    Reopened = table.Column<int>(type: "INTEGER", nullable: false),
                    Escalated = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponseMet = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponseBreached = table.Column<int>(type: "INTEGER", nullable: false),
                    NextResponseMet = table.Column<int>(type: "INTEGER", nullable: false),
                    NextResponseBreached = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodicUpdateMet = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodicUpdateBreached = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionMet = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionBreached = table.Column<int>(type: "INTEGER", nullable: false),
                    BacklogChange = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyRollups", x => new { x.Day, x.Queue, x.Channel, x.Priority, x.Agent });
                });

            migrationBuilder.CreateTable(
                name: "RollupFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Timer = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Seconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketSummaries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    InputsHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GeneratedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FallbackReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketSummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyRollups_Agent_Day",
                table: "DailyRollups",
                columns: new[] { "Agent", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyRollups_Queue_Day",
                table: "DailyRollups",
                columns: new[] { "Queue", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_RollupFacts_Metric_Day",
                table: "RollupFacts",
                columns: new[] { "Metric", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_RollupFacts_TicketId",
                table: "RollupFacts",
                column: "TicketId");

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
                name: "DailyRollups");

            migrationBuilder.DropTable(
                name: "RollupFacts");

            migrationBuilder.DropTable(
                name: "TicketSummaries");
        }
    }
}
