namespace SupportOps.CommandCenter.Background;

/// <summary>How often <see cref="PeriodicJobService{TJob}"/> runs a job.</summary>
/// <typeparam name="TJob">The job.</typeparam>
/// <param name="name">The job's name (its trigger key).</param>
/// <param name="interval">Reads the interval from the options.</param>
/// <param name="nudgeDelay">Reads the delay after a trigger request, or null to run at once.</param>
internal sealed class JobSchedule<TJob>(string name, Func<BackgroundOptions, TimeSpan> interval, Func<BackgroundOptions, TimeSpan?>? nudgeDelay = null)
    where TJob : class, IBackgroundJob
{
    public string Name { get; } = name;

    public TimeSpan Interval(BackgroundOptions options) => interval(options);

    public TimeSpan? NudgeDelay(BackgroundOptions options) => nudgeDelay?.Invoke(options);
}
