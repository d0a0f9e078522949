using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketSnapshots",
                columns: table => new
                {
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    DueSortKey = table.Column<long>(type: "INTEGER", nullable: false),
                    SlaTimerKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsBreached = table.Column<bool>(type: "INTEGER", nullable: false),
                    EverBreached = table.Column<bool>(type: "INTEGER", nullable: false),
                    RiskScore = table.Column<double>(type: "REAL", nullable: false),
                    RiskBand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RiskReasons = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EvaluatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketSnapshots", x => x.TicketId);
                });

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
                name: "IX_TicketSnapshots_Assignee",
                table: "TicketSnapshots",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "CreatedAtTicks", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_DueSortKey_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "DueSortKey", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_DueSortKey",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue",
                table: "TicketSnapshots",
                column: "Queue");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskBand",
                table: "TicketSnapshots",
                column: "RiskBand");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "RiskScore", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Status_DueSortKey",
                table: "TicketSnapshots",
                columns: new[] { "Status", "DueSortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "TicketSnapshots");
        }
    }
}
