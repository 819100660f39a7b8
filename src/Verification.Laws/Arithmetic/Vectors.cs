namespace Verification.Laws.Arithmetic;

/// <summary>Small conversions and predicates on rows of logits shared by the laws.</summary>
internal static class Vectors
{
    /// <summary>Widens to double; exact for float and double inputs.</summary>
    public static double[] ToDoubles<T>(ReadOnlySpan<T> values)
        where T : IFloatingPointIeee754<T>
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = double.CreateTruncating(values[i]);
        }

        return result;
    }

    /// <summary>
    /// Softmax is defined for a row when it is non-empty, has no NaN and no +∞, and has at least one finite
    /// entry (−∞ entries are allowed: they get probability 0).
    /// </summary>
    public static bool IsSoftmaxDefined<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        var anyFinite = false;
        foreach (var value in x)
        {
            if (T.IsNaN(value) || T.IsPositiveInfinity(value))
            {
                return false;
            }

            anyFinite |= T.IsFinite(value);
        }

        return anyFinite;
    }

    /// <summary>True when every entry is finite.</summary>
    public static bool AllFinite<T>(ReadOnlySpan<T> values)
        where T : IFloatingPointIeee754<T>
    {
        foreach (var value in values)
        {
            if (!T.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The finite entries of a row, in order: the arguments an elementwise law is stated for.</summary>
    public static T[] FiniteEntries<T>(T[] values)
        where T : IFloatingPointIeee754<T> =>
        [.. values.Where(static value => T.IsFinite(value))];

    /// <summary>Each entry negated (exact in binary floating point).</summary>
    public static T[] Negated<T>(T[] values)
        where T : IFloatingPointIeee754<T> =>
        [.. values.Select(static value => -value)];

    /// <summary>Runs a span kernel into a freshly allocated destination of the given length.</summary>
    public static T[] Apply<T>(Kernels.SpanKernel<T> kernel, T[] x, int destinationLength)
    {
        var destination = new T[destinationLength];
        kernel(x, destination);
        return destination;
    }
}
