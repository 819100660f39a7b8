namespace Verification.Laws.Arithmetic;

/// <summary>
/// Neumaier's compensated summation: error ≤ 2u·|Σ| + O(k·u²)·Σ|xᵢ| (Higham, Accuracy and Stability of
/// Numerical Algorithms, §4.3), so that the checker's own rounding stays far below the tolerances it checks.
/// </summary>
internal static class AccurateSum
{
    public static double Of(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var compensation = 0.0;
        foreach (var value in values)
        {
            var next = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - next) + value : (value - next) + sum;
            sum = next;
        }

        return sum + compensation;
    }
}
