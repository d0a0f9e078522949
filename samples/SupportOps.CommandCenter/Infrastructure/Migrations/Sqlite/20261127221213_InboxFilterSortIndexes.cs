using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxFilterSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Assignee_Triage",
                table: "TicketSnapshots",
                columns: new[] { "Assignee", "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue_Triage",
                table: "TicketSnapshots",
                columns: new[] { "Queue", "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { false, true, false, false, false });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Assignee_Triage",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Queue_Triage",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Status_Risk",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Status_Triage",
                table: "TicketSnapshots");
        }
    }
}
