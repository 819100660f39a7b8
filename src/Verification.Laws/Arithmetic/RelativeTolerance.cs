namespace Verification.Laws.Arithmetic;

/// <summary>
/// The relative bound (e^(2B) − 1)·|v| of a quantity computed with a relative error budget B (e^(2B) − 1
/// bounds the relative change of two evaluations each off by at most a factor e^(±B)).
/// </summary>
internal static class RelativeTolerance
{
    /// <summary>
    /// (e^(2·<paramref name="budget"/>) − 1)·<paramref name="magnitude"/>; an infinite factor stays infinite even
    /// at magnitude 0. IEEE's ∞·0 = NaN would turn "the law demands nothing here" into a NaN bound, which fails
    /// every case.
    /// </summary>
    public static double Of(double budget, double magnitude)
    {
        var factor = double.ExpM1(2 * budget);
        return double.IsPositiveInfinity(factor) ? factor : factor * magnitude;
    }
}
