using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Verification.Onnx;

/// <summary>
/// A model with one tensor input and one tensor output run as a <c>SpanKernel</c>: the row x becomes a tensor of
/// shape [1, …, 1, k] (the model's rank, the row on the last axis), the output tensor is copied to the destination.
/// The session is created once and reused for every row and every width (the row's axis is dynamic).
/// </summary>
/// <typeparam name="T">float or double, matching the model's element type.</typeparam>
internal sealed class OnnxRowKernel<T>
    where T : unmanaged
{
    private readonly InferenceSession session;
    private readonly string[] inputNames;
    private readonly string[] outputNames;
    private readonly int rank;
    private readonly TensorElementType elementType;

    /// <param name="session">A session whose single input and output have element type <typeparamref name="T"/>.</param>
    /// <param name="rank">The input's number of axes; all but the last are fed as 1.</param>
    public OnnxRowKernel(InferenceSession session, int rank)
    {
        this.session = session;
        inputNames = [session.InputNames[0]];
        outputNames = [session.OutputNames[0]];
        this.rank = rank;
        elementType = typeof(T) == typeof(float) ? TensorElementType.Float : TensorElementType.Double;
    }

    /// <summary>Runs the model on one row.</summary>
    /// <exception cref="InvalidOperationException">The model returned a different number of values than the row has.</exception>
    public void Run(ReadOnlySpan<T> x, Span<T> destination)
    {
        var shape = new long[rank];
        Array.Fill(shape, 1L);
        shape[^1] = x.Length;
        using var input = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, elementType, shape);
        x.CopyTo(input.GetTensorMutableDataAsSpan<T>());
        using var outputs = session.Run(OnnxSessions.RunOptions, inputNames, [input], outputNames);
        var result = outputs[0].GetTensorDataAsSpan<T>();
        if (result.Length != destination.Length)
        {
            throw new InvalidOperationException(
                $"the model returned {result.Length} values for a row of {x.Length} (output shape [{string.Join(", ", outputs[0].GetTensorTypeAndShape().Shape)}])");
        }

        result.CopyTo(destination);
    }
}
