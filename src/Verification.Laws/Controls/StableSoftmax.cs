namespace Verification.Laws.Controls;

/// <summary>
/// The correct, max-shifted softmax the controls use for the kernels they do not break, so that each control
/// has exactly one defect and a failing law points at it.
/// </summary>
internal static class StableSoftmax
{
    public static void Compute<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var max = T.NegativeInfinity;
        foreach (var value in x)
        {
            max = T.Max(max, value);
        }

        var sum = T.Zero;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.Exp(x[i] - max);
            sum += destination[i];
        }

        for (var i = 0; i < x.Length; i++)
        {
            destination[i] /= sum;
        }
    }

    public static T[] Of<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        var s = new T[x.Length];
        Compute(x, s);
        return s;
    }
}
