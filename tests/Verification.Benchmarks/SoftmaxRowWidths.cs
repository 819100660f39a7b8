namespace Verification.Benchmarks;

/// <summary>The row widths of <see cref="SoftmaxBaselinesBenchmarks{T}"/>.</summary>
public static class SoftmaxRowWidths
{
    /// <summary>
    /// 1000 (the target), 10, 100 and 10,000; or the comma-separated widths in the environment
    /// variable <c>SOFTMAX_ROW_WIDTHS</c> (BenchmarkDotNet's child processes inherit it), to rerun one
    /// width without the other 54 cases.
    /// </summary>
    public static IEnumerable<int> Values =>
        Environment.GetEnvironmentVariable("SOFTMAX_ROW_WIDTHS") is { Length: > 0 } widths
            ? widths.Split(',').Select(width => int.Parse(width, System.Globalization.CultureInfo.InvariantCulture))
            : [1000, 10, 100, 10_000];
}
