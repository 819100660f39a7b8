namespace Verification.Numerics.Common;

/// <summary>Argument checks shared by the kernels; each failure goes through <see cref="ThrowHelper"/>.</summary>
internal static class Guard
{
    public static void NotEmpty<T>(ReadOnlySpan<T> values, string parameterName)
    {
        if (values.IsEmpty)
        {
            ThrowHelper.ThrowEmpty(parameterName);
        }
    }

    public static void DestinationFits<T>(Span<T> destination, int requiredLength, string parameterName)
    {
        if (destination.Length < requiredLength)
        {
            ThrowHelper.ThrowDestinationTooShort(parameterName, requiredLength, destination.Length);
        }
    }

    public static void SameLength<TLeft, TRight>(
        ReadOnlySpan<TLeft> values, string parameterName, ReadOnlySpan<TRight> reference, string referenceName)
    {
        if (values.Length != reference.Length)
        {
            ThrowHelper.ThrowLengthMismatch(parameterName, values.Length, referenceName, reference.Length);
        }
    }

    /// <summary>
    /// In-place use (the same first element) is fine because every kernel reads an element before it
    /// writes it; a shifted overlap would read values that were already overwritten.
    /// </summary>
    public static void NoShiftedOverlap<T>(
        ReadOnlySpan<T> input, string inputName, Span<T> destination, string destinationName)
    {
        if (input.Overlaps(destination, out var offset) && offset != 0)
        {
            ThrowHelper.ThrowOverlap(destinationName, inputName);
        }
    }

    /// <summary>The destination must not share any memory with an input that is read after the first write.</summary>
    public static void NoOverlap<T>(ReadOnlySpan<T> input, string inputName, Span<T> destination, string destinationName)
    {
        if (input.Overlaps(destination))
        {
            ThrowHelper.ThrowOverlap(destinationName, inputName);
        }
    }

    /// <summary>Checks a row-major batch and returns its number of rows.</summary>
    public static int RowCount<T>(ReadOnlySpan<T> batch, string batchName, int rowWidth, string rowWidthName)
    {
        if (rowWidth <= 0)
        {
            ThrowHelper.ThrowRowWidthNotPositive(rowWidthName, rowWidth);
        }

        NotEmpty(batch, batchName);
        if (batch.Length % rowWidth != 0)
        {
            ThrowHelper.ThrowNotDivisibleByRowWidth(batchName, batch.Length, rowWidth);
        }

        return batch.Length / rowWidth;
    }

    /// <summary>As <see cref="ParallelOptions.MaxDegreeOfParallelism"/>: a positive number of workers, or −1 for one per processor.</summary>
    public static void DegreeOfParallelism(int maxDegreeOfParallelism, string parameterName)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            ThrowHelper.ThrowDegreeOfParallelismOutOfRange(parameterName, maxDegreeOfParallelism);
        }
    }

    public static void ClassIndex(int classIndex, int classCount, string parameterName)
    {
        if ((uint)classIndex >= (uint)classCount)
        {
            ThrowHelper.ThrowClassIndexOutOfRange(parameterName, classIndex, classCount);
        }
    }

    /// <summary>
    /// Entries must lie in [0, 1] and sum to 1 within <c>width·ε</c>: naive summation of <c>k</c>
    /// non-negative terms errs by at most <c>(k − 1)·ε/2</c> relative (Higham, <i>Accuracy and
    /// Stability</i>, §4.2), so honest probability vectors always pass. NaN entries pass (the NaN then
    /// propagates into the result, IEEE style).
    /// </summary>
    public static void ProbabilityRow<T>(ReadOnlySpan<T> probabilities, int row, string parameterName)
        where T : IFloatingPointIeee754<T>
    {
        var sum = T.Zero;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = probabilities[i];
            if (p < T.Zero || p > T.One)
            {
                ThrowHelper.ThrowProbabilityOutOfRange(parameterName, (row * probabilities.Length) + i, double.CreateTruncating(p));
            }

            sum += p;
        }

        var tolerance = T.CreateTruncating(probabilities.Length) * MachineEpsilon.Of<T>();
        if (T.Abs(sum - T.One) > tolerance)
        {
            ThrowHelper.ThrowProbabilitiesDoNotSumToOne(parameterName, row, double.CreateTruncating(sum), double.CreateTruncating(tolerance));
        }
    }

    public static void BinaryLabels(ReadOnlySpan<int> labels, string parameterName)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if ((uint)labels[i] > 1u)
            {
                ThrowHelper.ThrowLabelOutOfRange(parameterName, i, labels[i]);
            }
        }
    }

    /// <summary>
    /// A softmax temperature must be positive and finite: softmax(x/T) is undefined at T = 0, flips the order of
    /// the classes for T &lt; 0, and T = +∞ makes every (xᵢ − m)/T zero or NaN (∞·0) rather than the uniform
    /// distribution the limit suggests. Subnormal temperatures are allowed: the shifted logits then overflow to
    /// −∞ and their probabilities to 0, which is the exact value rounded.
    /// </summary>
    public static void Temperature<T>(T temperature, string parameterName)
        where T : IFloatingPointIeee754<T>
    {
        // Written so that NaN fails the test: every comparison with NaN is false.
        if (!(temperature > T.Zero && T.IsFinite(temperature)))
        {
            ThrowHelper.ThrowTemperatureOutOfRange(parameterName, double.CreateTruncating(temperature));
        }
    }

    /// <summary>The label-smoothing weight ε of (1 − ε)·y + ε/n must lie in [0, 1]; NaN is rejected.</summary>
    public static void Smoothing<T>(T smoothing, string parameterName)
        where T : IFloatingPointIeee754<T>
    {
        if (!(smoothing >= T.Zero && smoothing <= T.One))
        {
            ThrowHelper.ThrowSmoothingOutOfRange(parameterName, double.CreateTruncating(smoothing));
        }
    }
}
