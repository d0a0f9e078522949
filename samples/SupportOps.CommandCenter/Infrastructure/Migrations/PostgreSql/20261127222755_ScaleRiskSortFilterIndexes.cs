using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScaleRiskSortFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Assignee_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "Assignee", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "Queue", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Status_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "Status", "RiskScore", "TicketId" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Assignee_RiskScore_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_IsBreached_RiskScore_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Queue_RiskScore_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_Status_RiskScore_TicketId",
                table: "TicketSnapshots");
        }
    }
}
