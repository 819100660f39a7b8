namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: softmax, log-softmax and log-sum-exp straight from the textbook, exp(xᵢ) / Σⱼ exp(xⱼ) with no
/// shift by the maximum. exp overflows for x ≳ 88.7 (float) or 709.8 (double), giving ∞/∞ = NaN, and underflows
/// for x ≲ −104 or −745, giving 0/0 = NaN.
/// </summary>
public static class NaiveTextbookSoftmax
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableSoftmax.ShiftedBy(x, destination, T.Zero);

    public static void LogSoftmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var logSum = LogSumExp(x);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] - logSum;
        }
    }

    public static T LogSumExp<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T> => StableSoftmax.LogSumOfShifted(x, T.Zero);
}
