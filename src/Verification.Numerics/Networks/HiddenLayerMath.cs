using System.Numerics.Tensors;

namespace Verification.Numerics.Networks;

/// <summary>Forward and backward pass of the hidden layer h = φ(W·x + b), shared by both network kinds.</summary>
internal static class HiddenLayerMath
{
    public static void Forward<T>(DenseLayer<T> layer, HiddenActivation activation, ReadOnlySpan<T> input, Span<T> preActivation, Span<T> output)
        where T : IFloatingPointIeee754<T>
    {
        layer.Apply(input, preActivation);
        switch (activation)
        {
            case HiddenActivation.Sigmoid:
                StablePrimitives.Sigmoid<T>(preActivation, output);
                break;
            case HiddenActivation.Tanh:
                TensorPrimitives.Tanh<T>(preActivation, output);
                break;
            default:
                preActivation.CopyTo(output);
                break;
        }
    }

    /// <summary>
    /// Turns ∂L/∂h (in <paramref name="delta"/>) into ∂L/∂a = ∂L/∂h ⊙ φ′(a) and adds this input's share
    /// of the layer gradient: ∂L/∂W += (∂L/∂a)·xᵀ, ∂L/∂b += ∂L/∂a (chain rule through a = W·x + b).
    /// </summary>
    public static void Backward<T>(
        HiddenActivation activation,
        ReadOnlySpan<T> preActivation,
        ReadOnlySpan<T> output,
        Span<T> delta,
        ReadOnlySpan<T> input,
        Span<T> weightGradient,
        Span<T> biasGradient)
        where T : IFloatingPointIeee754<T>
    {
        for (var unit = 0; unit < delta.Length; unit++)
        {
            delta[unit] *= activation switch
            {
                // σ′ from a (not from σ(a)), so saturated units keep their small, exact slope.
                HiddenActivation.Sigmoid => ScalarMath.SigmoidDerivative(preActivation[unit]),
                HiddenActivation.Tanh => T.One - (output[unit] * output[unit]),
                _ => T.One,
            };
            var row = weightGradient.Slice(unit * input.Length, input.Length);
            TensorPrimitives.MultiplyAdd(input, delta[unit], row, row);
        }

        TensorPrimitives.Add(biasGradient, delta, biasGradient);
    }

    /// <summary>
    /// The batch loop both networks' gradients share: for each input, the hidden forward pass, the
    /// head's backward step (which accumulates its own gradient and yields ∂L/∂h), then
    /// <see cref="Backward{T}"/>. Returns the hidden-layer gradient averaged over the n rows and n itself,
    /// by which the caller averages the head's sums.
    /// </summary>
    public static DenseLayer<T> BatchGradient<T, THead>(
        DenseLayer<T> hidden,
        HiddenActivation activation,
        ReadOnlySpan<T> inputs,
        ReadOnlySpan<int> labels,
        ref THead head,
        out T rowCount)
        where T : IFloatingPointIeee754<T>
        where THead : struct, IHeadBackpropagation<T>
    {
        var inputCount = hidden.InputCount;
        var rows = CheckBatch(inputs, inputCount, labels);
        var hiddenCount = hidden.OutputCount;
        var preActivation = new T[hiddenCount];
        var hiddenOutput = new T[hiddenCount];
        var delta = new T[hiddenCount];
        var weights = new T[hiddenCount * inputCount];
        var biases = new T[hiddenCount];
        for (var row = 0; row < rows; row++)
        {
            var input = inputs.Slice(row * inputCount, inputCount);
            Forward(hidden, activation, input, preActivation, hiddenOutput);
            head.Accumulate(hiddenOutput, labels[row], delta);
            Backward(activation, preActivation, hiddenOutput, delta, input, weights, biases);
        }

        rowCount = T.CreateTruncating(rows);
        TensorPrimitives.Divide(weights, rowCount, weights);
        TensorPrimitives.Divide(biases, rowCount, biases);
        return new DenseLayer<T>(new ImmutableMatrix<T>(hiddenCount, inputCount, weights), new ImmutableVector<T>(biases));
    }

    public static void ValidateActivation(HiddenActivation activation, string parameterName)
    {
        if (!Enum.IsDefined(activation))
        {
            throw new ArgumentOutOfRangeException(parameterName, activation, "Unknown hidden activation.");
        }
    }

    /// <summary>
    /// The checks both network constructors need: an activation that exists and a head that takes
    /// exactly the hidden layer's h outputs as its features. The caller null-checks both layers first.
    /// </summary>
    public static void ValidateNetwork<T>(DenseLayer<T> hidden, HiddenActivation activation, int headFeatureCount)
        where T : IFloatingPointIeee754<T>
    {
        ValidateActivation(activation, nameof(activation));
        if (headFeatureCount != hidden.OutputCount)
        {
            ThrowHelper.ThrowShapeMismatch("output", $"The head takes {headFeatureCount} features but the hidden layer has {hidden.OutputCount} outputs.");
        }
    }

    /// <summary>Checks a row-major batch of inputs against its labels and returns the number of rows.</summary>
    public static int CheckBatch<T>(ReadOnlySpan<T> inputs, int inputCount, ReadOnlySpan<int> labels)
        where T : IFloatingPointIeee754<T>
    {
        var rows = Guard.RowCount(inputs, nameof(inputs), inputCount, nameof(inputCount));
        if (labels.Length != rows)
        {
            ThrowHelper.ThrowRowCountMismatch(nameof(labels), labels.Length, rows);
        }

        Guard.BinaryLabels(labels, nameof(labels));
        return rows;
    }
}
