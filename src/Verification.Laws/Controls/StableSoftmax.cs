namespace Verification.Laws.Controls;

/// <summary>
/// The correct, max-shifted softmax the controls use for the kernels they do not break, so that each control
/// has exactly one defect and a failing law points at it.
/// </summary>
internal static class StableSoftmax
{
    public static void Compute<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => ShiftedBy(x, destination, Max(x));

    /// <summary>
    /// exp(xᵢ − c) / Σⱼ exp(xⱼ − c), softmax(x) for every shift c in exact arithmetic. Only c = max x makes it stable:
    /// every exponent is ≤ 0 (nothing overflows) and the largest term is exactly 1 (the sum cannot underflow);
    /// c = 0 is the textbook formula <see cref="NaiveTextbookSoftmax"/> breaks with.
    /// </summary>
    public static void ShiftedBy<T>(ReadOnlySpan<T> x, Span<T> destination, T shift)
        where T : IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = T.Exp(x[i] - shift);
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

    /// <summary>
    /// m = max x and log Σⱼ exp(xⱼ − m): the two halves of log-softmax xᵢ − (m + log Σ …), kept apart so a control
    /// can leave one out.
    /// </summary>
    public static (T Max, T LogSumOfShifted) MaxAndLogSumOfShifted<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        var max = Max(x);
        return (max, LogSumOfShifted(x, max));
    }

    /// <summary>log Σⱼ exp(xⱼ − c): with c = max x the log-sum-exp's stable half, with c = 0 the textbook log-sum-exp.</summary>
    public static T LogSumOfShifted<T>(ReadOnlySpan<T> x, T shift)
        where T : IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        foreach (var value in x)
        {
            sum += T.Exp(value - shift);
        }

        return T.Log(sum);
    }

    /// <summary>Fills the k × k row-major <paramref name="jacobian"/> with entry(sᵢ, sⱼ, i = j), s = softmax(x): each Jacobian control states only its entry.</summary>
    public static void FillJacobian<T>(ReadOnlySpan<T> x, Span<T> jacobian, Func<T, T, bool, T> entry)
        where T : IFloatingPointIeee754<T>
    {
        var s = Of(x);
        var k = x.Length;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                jacobian[(i * k) + j] = entry(s[i], s[j], i == j);
            }
        }
    }

    /// <summary>destinationᵢ = combine(softmax(x)ᵢ, otherᵢ): the gradient and VJP controls state only how sᵢ meets yᵢ or gᵢ.</summary>
    public static void Combine<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> other, Span<T> destination, Func<T, T, T> combine)
        where T : IFloatingPointIeee754<T>
    {
        Compute(x, destination);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = combine(destination[i], other[i]);
        }
    }

    private static T Max<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        var max = T.NegativeInfinity;
        foreach (var value in x)
        {
            max = T.Max(max, value);
        }

        return max;
    }
}
