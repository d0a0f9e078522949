namespace SupportOps.AnalyticsReports;

/// <summary>The event logs the tool can import.</summary>
internal enum LogKind
{
    /// <summary>The Helpdesk log, <c>helpdesk.csv</c>.</summary>
    Helpdesk,

    /// <summary>The BPI Challenge 2013 incident log, <c>bpi_challenge_2013_incidents.xes.gz</c>.</summary>
    Bpic2013,
}
