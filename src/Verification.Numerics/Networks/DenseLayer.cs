using System.Numerics.Tensors;

namespace Verification.Numerics.Networks;

/// <summary>A fully connected layer a = W·x + b with W ∈ ℝʰˣᵈ (one row per output) and b ∈ ℝʰ.</summary>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record DenseLayer<T>
    where T : IFloatingPointIeee754<T>
{
    /// <summary>Creates the layer x ↦ W·x + b.</summary>
    /// <param name="weights">W ∈ ℝʰˣᵈ.</param>
    /// <param name="biases">b ∈ ℝʰ.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="biases"/> does not have one entry per row of <paramref name="weights"/>.</exception>
    public DenseLayer(ImmutableMatrix<T> weights, ImmutableVector<T> biases)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (biases.Length != weights.Rows)
        {
            ThrowHelper.ThrowShapeMismatch(nameof(biases), $"The layer has {weights.Rows} outputs but {biases.Length} biases.");
        }

        Weights = weights;
        Biases = biases;
    }

    /// <summary>W ∈ ℝʰˣᵈ.</summary>
    public ImmutableMatrix<T> Weights { get; }

    /// <summary>b ∈ ℝʰ.</summary>
    public ImmutableVector<T> Biases { get; }

    /// <summary>d, the number of inputs.</summary>
    public int InputCount => Weights.Columns;

    /// <summary>h, the number of outputs.</summary>
    public int OutputCount => Weights.Rows;

    /// <summary>Computes a = W·x + b.</summary>
    /// <param name="input">x ∈ ℝᵈ.</param>
    /// <param name="destination">Receives a ∈ ℝʰ.</param>
    /// <exception cref="ArgumentException"><paramref name="input"/> does not have d entries, or
    /// <paramref name="destination"/> is shorter than h.</exception>
    public void Apply(ReadOnlySpan<T> input, Span<T> destination)
    {
        Guard.SameLength(input, nameof(input), Weights.Row(0), "Weights row");
        Guard.DestinationFits(destination, OutputCount, nameof(destination));
        ApplyUnchecked(input, destination);
    }

    /// <summary>a = W·x + b for arguments the caller has checked under its own parameter names.</summary>
    internal void ApplyUnchecked(ReadOnlySpan<T> input, Span<T> destination)
    {
        for (var row = 0; row < OutputCount; row++)
        {
            destination[row] = TensorPrimitives.Dot(Weights.Row(row), input) + Biases[row];
        }
    }

    /// <summary>This layer moved against a gradient of the same shape: W − η·∂W, b − η·∂b.</summary>
    internal DenseLayer<T> Descend(DenseLayer<T> gradient, T learningRate)
    {
        var weights = new T[OutputCount * InputCount];
        TensorPrimitives.MultiplyAdd(gradient.Weights.AsSpan(), -learningRate, Weights.AsSpan(), weights);
        var biases = new T[OutputCount];
        TensorPrimitives.MultiplyAdd(gradient.Biases.AsSpan(), -learningRate, Biases.AsSpan(), biases);
        return new DenseLayer<T>(new ImmutableMatrix<T>(OutputCount, InputCount, weights), new ImmutableVector<T>(biases));
    }
}
