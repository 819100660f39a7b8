using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Verification.Laws.Kernels;
using Verification.Onnx.Models;

namespace Verification.Onnx;

/// <summary>
/// ONNX Runtime as an <see cref="Laws.Kernels.Implementation"/> under the laws: either its own Softmax, LogSoftmax
/// and Sigmoid operators (<see cref="Operators"/>) or a user's model as a softmax (<see cref="FromModel"/>). It
/// owns the inference sessions its kernels run, one per operator and precision, reused for every row; dispose it
/// when the audit is done.
/// </summary>
public sealed class OnnxImplementation : IDisposable
{
    /// <summary>The column name of ONNX Runtime's own operators in a conformance table.</summary>
    public const string OperatorsName = "onnxruntime";

    private readonly List<InferenceSession> sessions;

    private OnnxImplementation(Implementation implementation, List<InferenceSession> sessions)
    {
        Implementation = implementation;
        this.sessions = sessions;
    }

    /// <summary>The kernels, to check laws against (valid until <see cref="Dispose"/>).</summary>
    public Implementation Implementation { get; }

    /// <summary>
    /// ONNX Runtime's CPU operators Softmax (axis −1), LogSoftmax (axis −1) and Sigmoid in opset 13 (see
    /// <see cref="OnnxOperatorModels"/>) as the Softmax, LogSoftmax and Sigmoid kernels, float and double.
    /// </summary>
    public static OnnxImplementation Operators()
    {
        var sessions = new List<InferenceSession>();
        try
        {
            var single = new ActivationKernels<float>(
                Softmax: Row<float>("Softmax", sessions),
                LogSoftmax: Row<float>("LogSoftmax", sessions),
                Sigmoid: Row<float>("Sigmoid", sessions));
            var @double = new ActivationKernels<double>(
                Softmax: Row<double>("Softmax", sessions),
                LogSoftmax: Row<double>("LogSoftmax", sessions),
                Sigmoid: Row<double>("Sigmoid", sessions));
            return new OnnxImplementation(new Implementation(OperatorsName, single, @double), sessions);
        }
        catch
        {
            sessions.ForEach(static session => session.Dispose());
            throw;
        }
    }

    /// <summary>
    /// A user's model as the softmax kernel of its element type (the other precision has no kernels, so its laws
    /// are not applicable): one input, one output, the logit row on the input's last axis, which must be dynamic,
    /// every other axis 1 or dynamic (<c>[N]</c>, <c>[1, N]</c>, <c>[batch, N]</c>).
    /// </summary>
    /// <param name="modelPath">The .onnx file.</param>
    /// <exception cref="KernelBindingException">The file is missing, is not a model ONNX Runtime loads, or does not have that shape; the message names the file and what is wrong.</exception>
    public static OnnxImplementation FromModel(string modelPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        var fullPath = Path.GetFullPath(modelPath);
        var fileName = Path.GetFileName(fullPath);
        if (!File.Exists(fullPath))
        {
            throw new KernelBindingException($"ONNX model file '{fullPath}' does not exist.");
        }

        InferenceSession session;
        try
        {
            session = OnnxSessions.Create(fullPath);
        }
        catch (OnnxRuntimeException failure)
        {
            throw new KernelBindingException($"'{fileName}' could not be loaded by ONNX Runtime: {failure.Message}", failure);
        }

        try
        {
            var rank = session.InputMetadata.Count == 1 ? session.InputMetadata.Single().Value.Dimensions.Length : 0;
            var implementation = OnnxRowModelContract.Check(session, fileName) == TensorElementType.Float
                ? new Implementation(fileName, new ActivationKernels<float>(Softmax: new OnnxRowKernel<float>(session, rank).Run), new ActivationKernels<double>())
                : new Implementation(fileName, new ActivationKernels<float>(), new ActivationKernels<double>(Softmax: new OnnxRowKernel<double>(session, rank).Run));
            return new OnnxImplementation(implementation, [session]);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Releases the inference sessions.</summary>
    public void Dispose() => sessions.ForEach(static session => session.Dispose());

    private static SpanKernel<T> Row<T>(string operatorType, List<InferenceSession> sessions)
        where T : unmanaged
    {
        var elementType = typeof(T) == typeof(float) ? OnnxElementType.SinglePrecision : OnnxElementType.DoublePrecision;
        var session = OnnxSessions.Create(OnnxOperatorModels.Row(operatorType, elementType));
        sessions.Add(session);
        return new OnnxRowKernel<T>(session, rank: 1).Run;
    }
}
