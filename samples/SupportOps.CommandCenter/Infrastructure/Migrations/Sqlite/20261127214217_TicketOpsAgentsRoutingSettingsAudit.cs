using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TicketOpsAgentsRoutingSettingsAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agents",
                columns: table => new
                {
                    AgentId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsTeamLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelCapacity = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShiftDays = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ShiftStartMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ShiftEndMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    OnCallPosition = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agents", x => x.AgentId);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    After = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoutingDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PolicyVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InputsHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OverrideId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReasonCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Alternatives = table.Column<string>(type: "TEXT", nullable: false),
                    AlternativesOmitted = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAtTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingsVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agents_Team",
                table: "Agents",
                column: "Team");

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
                name: "IX_RoutingDecisions_TicketId_Id",
                table: "RoutingDecisions",
                columns: new[] { "TicketId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsVersions_Kind_Version",
                table: "SettingsVersions",
                columns: new[] { "Kind", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agents");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "RoutingDecisions");

            migrationBuilder.DropTable(
                name: "SettingsVersions");
        }
    }
}
