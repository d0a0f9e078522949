using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScaleDescendingSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "CreatedAtTicks", "TicketId" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "RiskScore", "TicketId" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "CreatedAtTicks", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "RiskScore", "TicketId" });
        }
    }
}
