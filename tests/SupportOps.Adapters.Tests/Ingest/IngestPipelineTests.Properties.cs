using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SupportOps.Adapters.Tests.Ingest;

public sealed partial class IngestPipelineTests
{
    /// <summary>
    /// Any at-least-once delivery of the clean feed (each page in order, with any earlier page redelivered
    /// any number of times in between, and any payload duplicated inside its page) gives exactly the
    /// timeline of one clean delivery: same events, same versions, same order.
    /// </summary>
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public bool RunAsync_AnyRedeliveryOfTheFeed_Meets_Specification(Redelivery redelivery)
    {
        var clean = IngestIntoNewStoreAsync(CleanPages, plan: null).GetAwaiter().GetResult();
        var pages = CleanPages.Select((page, i) => redelivery.DuplicatePayloads[i] ? page.Concat(page).ToArray() : page).ToArray();

        var messy = IngestIntoNewStoreAsync(pages, redelivery.Plan).GetAwaiter().GetResult();

        return clean.SequenceEqual(messy);
    }

    /// <summary>A delivery plan over <see cref="CleanPages"/> and which pages repeat their payloads.</summary>
    public sealed record Redelivery(int[] Plan, bool[] DuplicatePayloads)
    {
        public override string ToString() => $"plan [{string.Join(", ", Plan)}], duplicated [{string.Join(", ", DuplicatePayloads)}]";
    }

    public static class Arbitraries
    {
        public static Arbitrary<Redelivery> Redeliveries()
        {
            var pageCount = CleanPages.Length;
            var repeatsAfter = Enumerable.Range(0, pageCount)
                .Select(page => Gen.ListOf(Gen.Choose(0, page)).Select(list => list.Take(3).ToArray()))
                .ToArray();
            var plan = Gen.CollectToArray(repeatsAfter, gen => gen).Select(repeats =>
                repeats.SelectMany((again, page) => new[] { page }.Concat(again)).ToArray());
            var duplicates = Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), pageCount);
            return plan.Zip(duplicates).Select(pair => new Redelivery(pair.Item1, pair.Item2)).ToArbitrary();
        }
    }
}
