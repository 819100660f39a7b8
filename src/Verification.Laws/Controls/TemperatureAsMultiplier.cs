namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: softmax and log-softmax "with temperature T" computed as softmax(x·T) instead of
/// softmax(x/T), the inverse-temperature convention (β = 1/T) mistaken for the temperature one. Both agree only
/// at T = 1 or on rows of equal logits; for T = 2 the row [0, 1] gives softmax([0, 2]) instead of softmax([0, ½]).
/// The max shift is kept, so nothing overflows: the laws blame the scaling alone.
/// </summary>
public static class TemperatureAsMultiplier
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.Compute<T>(Scaled(x, temperature), destination);

    public static void LogSoftmax<T>(ReadOnlySpan<T> x, Span<T> destination, T temperature)
        where T : IFloatingPointIeee754<T>
    {
        var scaled = Scaled(x, temperature);
        var (max, logSumOfShifted) = StableSoftmax.MaxAndLogSumOfShifted<T>(scaled);
        var logSum = max + logSumOfShifted;
        for (var i = 0; i < scaled.Length; i++)
        {
            destination[i] = scaled[i] - logSum;
        }
    }

    private static T[] Scaled<T>(ReadOnlySpan<T> x, T temperature)
        where T : IFloatingPointIeee754<T>
    {
        var scaled = new T[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            scaled[i] = x[i] * temperature;
        }

        return scaled;
    }
}
