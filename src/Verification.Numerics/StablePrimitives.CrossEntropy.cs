using System.Numerics.Tensors;

namespace Verification.Numerics;

public static partial class StablePrimitives
{
    /// <summary>
    /// Computes the cross-entropy of logits z against a class index c:
    /// −log softmax(z)_c = log Σⱼ e^(zⱼ) − z_c.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Stability: log1p(Σ′) − (z_c − m) with m = maxⱼ zⱼ and Σ′ the sum of e^(zⱼ − m) without one
    /// maximal term; both terms are ≥ 0, so nothing cancels and a confident correct prediction gets its
    /// small loss (≈ Σ′) to full relative accuracy instead of 0.
    /// </para>
    /// <para>Accuracy: a few ulp of the result. Special values: z_c = −∞ gives +∞; a NaN or +∞ logit
    /// gives NaN.</para>
    /// </remarks>
    /// <param name="logits">The logits z of one observation.</param>
    /// <param name="targetClass">The index c of the true class.</param>
    /// <returns>The loss, ≥ 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetClass"/> is not a valid index.</exception>
    public static T CrossEntropy<T>(ReadOnlySpan<T> logits, int targetClass)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(logits, nameof(logits));
        Guard.ClassIndex(targetClass, logits.Length, nameof(targetClass));
        return CrossEntropyRow(logits, targetClass);
    }

    /// <summary>
    /// Computes the cross-entropy of logits z against target probabilities y:
    /// −Σᵢ yᵢ·log softmax(z)ᵢ = Σᵢ yᵢ·(log Σⱼ e^(zⱼ) − zᵢ).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Stability: Σᵢ yᵢ·(log1p(Σ′) − (zᵢ − m)), a sum of non-negative terms (no cancellation). Terms with
    /// yᵢ = 0 are skipped, following 0·log 0 = 0, so a −∞ logit with zero target mass is harmless; with
    /// target mass it makes the loss +∞.
    /// </para>
    /// <para>
    /// Targets must lie in [0, 1] and sum to 1 within k·ε (k = length, ε = machine epsilon); NaN targets
    /// are not rejected and give NaN.
    /// </para>
    /// </remarks>
    /// <param name="logits">The logits z of one observation.</param>
    /// <param name="targetProbabilities">The target distribution y, the same length as <paramref name="logits"/>.</param>
    /// <returns>The loss.</returns>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; the lengths differ; the targets do
    /// not sum to 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target lies outside [0, 1].</exception>
    public static T CrossEntropy<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities)
        where T : IFloatingPointIeee754<T>
    {
        CheckProbabilityRow(logits, targetProbabilities);
        return CrossEntropyRow(logits, targetProbabilities);
    }

    /// <summary>
    /// Computes the mean cross-entropy (1/n)·Σᵣ (log Σⱼ e^(zᵣⱼ) − z_{r,cᵣ}) of a row-major batch of logits
    /// against one class index per row.
    /// </summary>
    /// <remarks>Each row as in <see cref="CrossEntropy{T}(ReadOnlySpan{T}, int)"/>; the mean is a compensated sum divided by n.</remarks>
    /// <param name="logits">The batch of logits, n × <paramref name="rowWidth"/>.</param>
    /// <param name="targetClasses">The n class indices.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <returns>The mean loss.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive; a class index
    /// is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty or not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="targetClasses"/> does not hold one index per row.</exception>
    public static T CrossEntropyMean<T>(ReadOnlySpan<T> logits, ReadOnlySpan<int> targetClasses, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = CheckClassTargets(logits, targetClasses, rowWidth);
        T sum = T.Zero, compensation = T.Zero;
        for (var row = 0; row < rows; row++)
        {
            CompensatedSum.Add(ref sum, ref compensation, CrossEntropyRow(logits.Slice(row * rowWidth, rowWidth), targetClasses[row]));
        }

        return (sum + compensation) / T.CreateTruncating(rows);
    }

    /// <summary>
    /// Computes the mean cross-entropy (1/n)·Σᵣ Σᵢ yᵣᵢ·(log Σⱼ e^(zᵣⱼ) − zᵣᵢ) of a row-major batch of logits
    /// against a batch of target distributions of the same shape.
    /// </summary>
    /// <remarks>Each row as in <see cref="CrossEntropy{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>.</remarks>
    /// <param name="logits">The batch of logits, n × <paramref name="rowWidth"/>.</param>
    /// <param name="targetProbabilities">The batch of target distributions, the same shape.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <returns>The mean loss.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive; a target lies
    /// outside [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty or not divisible by
    /// <paramref name="rowWidth"/>; the lengths differ; a target row does not sum to 1.</exception>
    public static T CrossEntropyMean<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = CheckProbabilityTargets(logits, targetProbabilities, rowWidth);
        T sum = T.Zero, compensation = T.Zero;
        for (var row = 0; row < rows; row++)
        {
            var start = row * rowWidth;
            CompensatedSum.Add(
                ref sum, ref compensation, CrossEntropyRow(logits.Slice(start, rowWidth), targetProbabilities.Slice(start, rowWidth)));
        }

        return (sum + compensation) / T.CreateTruncating(rows);
    }

    /// <summary>
    /// Computes the gradient of the cross-entropy with respect to the logits for a class index c:
    /// ∂L/∂zᵢ = softmax(z)ᵢ − δᵢc.
    /// </summary>
    /// <remarks>
    /// The target entry s_c − 1 = −(1 − s_c) is taken from the remainder Σ′/Σ when z_c is maximal, so a
    /// confident correct prediction gets a small gradient with full relative accuracy rather than the
    /// cancellation of s_c − 1. Entries are within a few ulp; special values as for softmax.
    /// </remarks>
    /// <param name="logits">The logits z.</param>
    /// <param name="targetClass">The index c of the true class.</param>
    /// <param name="destination">Receives the gradient; may be <paramref name="logits"/> itself.</param>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; <paramref name="destination"/> is
    /// too short or overlaps <paramref name="logits"/> at a shifted offset.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetClass"/> is not a valid index.</exception>
    public static void CrossEntropyGradient<T>(ReadOnlySpan<T> logits, int targetClass, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(logits, nameof(logits));
        Guard.ClassIndex(targetClass, logits.Length, nameof(targetClass));
        Guard.DestinationFits(destination, logits.Length, nameof(destination));
        Guard.NoShiftedOverlap(logits, nameof(logits), destination, nameof(destination));
        CrossEntropyGradientRow(logits, targetClass, destination[..logits.Length]);
    }

    /// <summary>
    /// Computes the gradient of the cross-entropy with respect to the logits for target probabilities:
    /// ∂L/∂zᵢ = softmax(z)ᵢ − yᵢ (using Σᵢ yᵢ = 1).
    /// </summary>
    /// <remarks>
    /// Each entry is the difference of the stable softmax and the target; where they nearly agree the
    /// difference cancels, as the gradient itself is small there (error a few ulp of max(sᵢ, yᵢ)).
    /// Targets are checked as for <see cref="CrossEntropy{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>.
    /// </remarks>
    /// <param name="logits">The logits z.</param>
    /// <param name="targetProbabilities">The target distribution y, the same length as <paramref name="logits"/>.</param>
    /// <param name="destination">Receives the gradient; may be <paramref name="logits"/> itself but must not
    /// overlap <paramref name="targetProbabilities"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty; the lengths differ; the targets do
    /// not sum to 1; <paramref name="destination"/> is too short or overlaps an input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A target lies outside [0, 1].</exception>
    public static void CrossEntropyGradient<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        CheckProbabilityRow(logits, targetProbabilities);
        CheckGradientDestination(logits, targetProbabilities, destination);
        var row = destination[..logits.Length];
        SoftmaxRow(logits, row);
        TensorPrimitives.Subtract(row, targetProbabilities, row);
    }

    /// <summary>
    /// Computes the gradient of <see cref="CrossEntropyMean{T}(ReadOnlySpan{T}, ReadOnlySpan{int}, int)"/> with
    /// respect to every logit: (softmax(zᵣ)ᵢ − δᵢ,cᵣ) / n.
    /// </summary>
    /// <remarks>Each row as in <see cref="CrossEntropyGradient{T}(ReadOnlySpan{T}, int, Span{T})"/>, then divided by n.</remarks>
    /// <param name="logits">The batch of logits, n × <paramref name="rowWidth"/>.</param>
    /// <param name="targetClasses">The n class indices.</param>
    /// <param name="destination">Receives the gradient batch; may be <paramref name="logits"/> itself.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive; a class index
    /// is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty or not divisible by
    /// <paramref name="rowWidth"/>; <paramref name="targetClasses"/> does not hold one index per row;
    /// <paramref name="destination"/> is too short or overlaps <paramref name="logits"/> at a shifted offset.</exception>
    public static void CrossEntropyMeanGradient<T>(
        ReadOnlySpan<T> logits, ReadOnlySpan<int> targetClasses, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = CheckClassTargets(logits, targetClasses, rowWidth);
        Guard.DestinationFits(destination, logits.Length, nameof(destination));
        Guard.NoShiftedOverlap(logits, nameof(logits), destination, nameof(destination));
        for (var row = 0; row < rows; row++)
        {
            var start = row * rowWidth;
            CrossEntropyGradientRow(logits.Slice(start, rowWidth), targetClasses[row], destination.Slice(start, rowWidth));
        }

        var gradient = destination[..logits.Length];
        TensorPrimitives.Divide(gradient, T.CreateTruncating(rows), gradient);
    }

    /// <summary>
    /// Computes the gradient of <see cref="CrossEntropyMean{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, int)"/> with
    /// respect to every logit: (softmax(zᵣ)ᵢ − yᵣᵢ) / n.
    /// </summary>
    /// <remarks>Each row as in <see cref="CrossEntropyGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, Span{T})"/>, then divided by n.</remarks>
    /// <param name="logits">The batch of logits, n × <paramref name="rowWidth"/>.</param>
    /// <param name="targetProbabilities">The batch of target distributions, the same shape.</param>
    /// <param name="destination">Receives the gradient batch; may be <paramref name="logits"/> itself but must
    /// not overlap <paramref name="targetProbabilities"/>.</param>
    /// <param name="rowWidth">The number of classes per row.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowWidth"/> is not positive; a target lies
    /// outside [0, 1].</exception>
    /// <exception cref="ArgumentException"><paramref name="logits"/> is empty or not divisible by
    /// <paramref name="rowWidth"/>; the lengths differ; a target row does not sum to 1;
    /// <paramref name="destination"/> is too short or overlaps an input.</exception>
    public static void CrossEntropyMeanGradient<T>(
        ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, Span<T> destination, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = CheckProbabilityTargets(logits, targetProbabilities, rowWidth);
        CheckGradientDestination(logits, targetProbabilities, destination);
        var gradient = destination[..logits.Length];
        Softmax(logits, gradient, rowWidth);
        TensorPrimitives.Subtract(gradient, targetProbabilities, gradient);
        TensorPrimitives.Divide(gradient, T.CreateTruncating(rows), gradient);
    }

    private static int CheckClassTargets<T>(ReadOnlySpan<T> logits, ReadOnlySpan<int> targetClasses, int rowWidth)
    {
        var rows = Guard.RowCount(logits, nameof(logits), rowWidth, nameof(rowWidth));
        if (targetClasses.Length != rows)
        {
            ThrowHelper.ThrowRowCountMismatch(nameof(targetClasses), targetClasses.Length, rows);
        }

        foreach (var targetClass in targetClasses)
        {
            Guard.ClassIndex(targetClass, rowWidth, nameof(targetClasses));
        }

        return rows;
    }

    /// <summary>One row against a target distribution: logits not empty, targets as many and a probability vector.</summary>
    private static void CheckProbabilityRow<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities)
        where T : IFloatingPointIeee754<T>
    {
        Guard.NotEmpty(logits, nameof(logits));
        Guard.SameLength(targetProbabilities, nameof(targetProbabilities), logits, nameof(logits));
        Guard.ProbabilityRow(targetProbabilities, 0, nameof(targetProbabilities));
    }

    /// <summary>
    /// A gradient against target distributions: the destination holds every logit, may be the logits
    /// themselves (each entry is read before it is written), but must not touch the targets, which are
    /// read after the softmax has been written.
    /// </summary>
    private static void CheckGradientDestination<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, Span<T> destination)
    {
        Guard.DestinationFits(destination, logits.Length, nameof(destination));
        Guard.NoShiftedOverlap(logits, nameof(logits), destination, nameof(destination));
        Guard.NoOverlap(targetProbabilities, nameof(targetProbabilities), destination, nameof(destination));
    }

    private static int CheckProbabilityTargets<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, int rowWidth)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(logits, nameof(logits), rowWidth, nameof(rowWidth));
        Guard.SameLength(targetProbabilities, nameof(targetProbabilities), logits, nameof(logits));
        for (var row = 0; row < rows; row++)
        {
            Guard.ProbabilityRow(targetProbabilities.Slice(row * rowWidth, rowWidth), row, nameof(targetProbabilities));
        }

        return rows;
    }

    private static T CrossEntropyRow<T>(ReadOnlySpan<T> logits, int targetClass)
        where T : IFloatingPointIeee754<T>
    {
        var range = RowRangeKernel.Compute(logits);
        var maximum = range.Maximum;
        var sums = ShiftedExponentialSum.Compute<T, LogSumExpMode>(logits, range, default);
        return sums.LogNormalizer - (logits[targetClass] - maximum);
    }

    private static T CrossEntropyRow<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities)
        where T : IFloatingPointIeee754<T> => CrossEntropyRow(logits, targetProbabilities, LabelSmoothing<T>.None);

    /// <summary>Σᵢ y′ᵢ·(log1p(Σ′) − (zᵢ − m)) with y′ the smoothed targets, formed on the fly (no buffer).</summary>
    private static T CrossEntropyRow<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, LabelSmoothing<T> smoothing)
        where T : IFloatingPointIeee754<T>
    {
        var range = RowRangeKernel.Compute(logits);
        var maximum = range.Maximum;
        var logNormalizer = ShiftedExponentialSum.Compute<T, LogSumExpMode>(logits, range, default).LogNormalizer;
        T sum = T.Zero, compensation = T.Zero;
        for (var i = 0; i < logits.Length; i++)
        {
            var target = smoothing.Apply(targetProbabilities[i]);
            if (target != T.Zero)
            {
                CompensatedSum.Add(ref sum, ref compensation, target * (logNormalizer - (logits[i] - maximum)));
            }
        }

        // Target mass on a −∞ logit makes a term +∞, and TwoSum's error term then ∞ − ∞ = NaN; the terms are
        // non-negative, so an infinite sum is the exact +∞ (as for a class index on a −∞ logit).
        return T.IsInfinity(sum) ? sum : sum + compensation;
    }

    private static void CrossEntropyGradientRow<T>(ReadOnlySpan<T> logits, int targetClass, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        var targetLogit = logits[targetClass];
        var complement = SoftmaxRowWithComplement(logits, destination);
        destination[targetClass] = -complement.Complement(targetLogit, destination[targetClass]);
    }
}
