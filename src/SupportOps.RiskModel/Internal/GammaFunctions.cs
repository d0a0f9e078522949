namespace SupportOps.RiskModel.Internal;

/// <summary>Numerically stable gamma-family functions used by the breach forecaster.</summary>
/// <remarks>
/// <para><see cref="PoissonCdf"/> is the regularized upper incomplete gamma function Q(k + 1, λ), computed in log
/// space (never forming e^−λ or λ^k on their own), so it stays accurate for λ and k in the tens of thousands where a
/// naive sum of Poisson terms underflows. Far tails (more than 10√λ + 40 from the mean) are returned as exact 0 or 1:
/// by Bernstein's inequality their mass is below 1e-21.</para>
/// </remarks>
internal static class GammaFunctions
{
    private const double Epsilon = 1e-15;
    private const int MaxIterations = 100_000;

    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9; relative error about 1e-15).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var a = LanczosCoefficients[0];
        var t = x + 7.5;
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            a += LanczosCoefficients[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(a);
    }

    /// <summary>P(N ≤ k) for N ~ Poisson(λ), i.e. Q(k + 1, λ).</summary>
    /// <param name="k">The count, 0 or more.</param>
    /// <param name="lambda">The mean, 0 or more and finite.</param>
    public static double PoissonCdf(int k, double lambda)
    {
        if (lambda <= 0)
        {
            return 1;
        }

        var margin = (10 * Math.Sqrt(lambda)) + 40;
        if (k >= lambda + margin)
        {
            return 1;
        }

        if (k <= lambda - margin)
        {
            return 0;
        }

        double a = k + 1;
        return lambda < a + 1
            ? 1 - LowerSeries(a, lambda)
            : UpperContinuedFraction(a, lambda);
    }

    /// <summary>Regularized lower incomplete gamma P(a, x) by its power series (converges fast for x &lt; a + 1).</summary>
    private static double LowerSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        var ap = a;
        for (var n = 0; n < MaxIterations; n++)
        {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (term < sum * Epsilon)
            {
                break;
            }
        }

        return Math.Min(1, sum * Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)));
    }

    /// <summary>Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction (x ≥ a + 1).</summary>
    private static double UpperContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < tiny)
            {
                d = tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < tiny)
            {
                c = tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Min(1, Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)) * h);
    }
}
