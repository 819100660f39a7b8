namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: softmax, log-softmax and log-sum-exp straight from the textbook, exp(xᵢ) / Σⱼ exp(xⱼ) with no
/// shift by the maximum. exp overflows for x ≳ 88.7 (float) or 709.8 (double), giving ∞/∞ = NaN, and underflows
/// for x ≲ −104 or −745, giving 0/0 = NaN.
/// </summary>
public static class NaiveTextbookSoftmax
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination) => SoftmaxCore(x, destination);

    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) => SoftmaxCore(x, destination);

    public static void LogSoftmax(ReadOnlySpan<float> x, Span<float> destination) => LogSoftmaxCore(x, destination);

    public static void LogSoftmax(ReadOnlySpan<double> x, Span<double> destination) => LogSoftmaxCore(x, destination);

    public static float LogSumExp(ReadOnlySpan<float> x) => LogSumExpCore(x);

    public static double LogSumExp(ReadOnlySpan<double> x) => LogSumExpCore(x);

    private static void SoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        foreach (var value in x)
        {
            sum += T.Exp(value);
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.Exp(x[i]) / sum;
        }
    }

    private static void LogSoftmaxCore<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var logSum = LogSumExpCore(x);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] - logSum;
        }
    }

    private static T LogSumExpCore<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        foreach (var value in x)
        {
            sum += T.Exp(value);
        }

        return T.Log(sum);
    }
}
