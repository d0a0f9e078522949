using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.AddCommandCenterSecurity();
builder.AddBackgroundWork();
builder.AddInbox();
builder.AddTicketOps();
builder.AddReporting();
builder.AddCommandCenterUi();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapTicketsApi();
app.MapAuthApi();
app.MapWorkerApis();
app.MapInboxApi();
app.MapTicketOpsApi();
app.MapReportingApis();
app.MapCommandCenterUi();

await app.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>The entry point; public and partial so functional tests can use <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program
{
}
