namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: a float softmax that is stable (max-shifted) but rounds its exponent arguments, exponentials
/// and sum to <see cref="Half"/> (11-bit significand, relative error ≈ 5·10⁻⁴ instead of 6·10⁻⁸); the double
/// softmax is correct. Only a comparison against float precision notices.
/// </summary>
public static class HalfPrecisionSingleSoftmax
{
    public static void Softmax(ReadOnlySpan<float> x, Span<float> destination)
    {
        var max = float.NegativeInfinity;
        foreach (var value in x)
        {
            max = MathF.Max(max, value);
        }

        var sum = Half.Zero;
        var exponentials = new Half[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            exponentials[i] = Half.Exp((Half)(x[i] - max));
            sum += exponentials[i];
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = (float)(exponentials[i] / sum);
        }
    }

    public static void Softmax(ReadOnlySpan<double> x, Span<double> destination) => StableSoftmax.Compute(x, destination);
}
