namespace SupportOps.RiskEvaluation.History;

/// <summary>The SLA timers the replay evaluates.</summary>
public enum TimerKind
{
    /// <summary>From creation to the first response (the first "Take in charge ticket").</summary>
    FirstResponse = 0,

    /// <summary>From creation to the first resolution (the first "Resolve ticket").</summary>
    Resolution = 1,
}
