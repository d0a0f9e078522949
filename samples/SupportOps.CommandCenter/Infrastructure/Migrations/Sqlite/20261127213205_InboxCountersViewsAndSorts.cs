using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxCountersViewsAndSorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequesterId",
                table: "TicketSnapshots",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "TicketSnapshots",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "WaitingSinceTicks",
                table: "TicketSnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "InboxCounters",
                columns: table => new
                {
                    Queue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RiskBand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsBreached = table.Column<bool>(type: "INTEGER", nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxCounters", x => new { x.Queue, x.Status, x.Priority, x.Channel, x.RiskBand, x.IsBreached, x.Assignee });
                });

            migrationBuilder.CreateTable(
                name: "SavedViews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FilterJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Sort = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedViews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_DueSortKey_Priority_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "DueSortKey", "Priority", "TicketId" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_WaitingSinceTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "WaitingSinceTicks", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxCounters_Assignee",
                table: "InboxCounters",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_SavedViews_Owner_Name",
                table: "SavedViews",
                columns: new[] { "Owner", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxCounters");

            migrationBuilder.DropTable(
                name: "SavedViews");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_IsBreached_DueSortKey_Priority_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_TicketSnapshots_WaitingSinceTicks_TicketId",
                table: "TicketSnapshots");

            migrationBuilder.DropColumn(
                name: "RequesterId",
                table: "TicketSnapshots");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "TicketSnapshots");

            migrationBuilder.DropColumn(
                name: "WaitingSinceTicks",
                table: "TicketSnapshots");
        }
    }
}
