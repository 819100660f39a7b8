using Microsoft.ML.OnnxRuntime;

namespace Verification.Benchmarks.Onnx;

/// <summary>
/// ONNX Runtime's CPU Softmax (axis −1) bound over the caller's arrays: input and output are
/// OrtValues created over the pinned managed arrays, so a run reads the logits and writes the
/// probabilities in place, with no copy in or out; what a run costs beyond the kernel is one call
/// through the session (measured separately as the fixed per-run overhead at tiny shapes).
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
internal sealed class OnnxRuntimeSoftmax<T> : IDisposable
    where T : unmanaged
{
    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly OrtValue _input;
    private readonly OrtValue _output;
    private readonly string[] _inputNames = [OnnxSoftmaxModel.InputName];
    private readonly string[] _outputNames = [OnnxSoftmaxModel.OutputName];
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    /// <param name="logits">The batch, rows × <paramref name="rowWidth"/>, row-major.</param>
    /// <param name="probabilities">Receives the softmax of every row; same length.</param>
    /// <param name="rowWidth">Classes per row.</param>
    /// <param name="threads">ONNX Runtime's intra-op threads (1: the single-thread kernel).</param>
    public OnnxRuntimeSoftmax(T[] logits, T[] probabilities, int rowWidth, int threads)
    {
        _options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(OnnxSoftmaxModel.Create<T>(), _options);
        long[] shape = [logits.Length / rowWidth, rowWidth];
        _input = OrtValue.CreateTensorValueFromMemory(logits, shape);
        _output = OrtValue.CreateTensorValueFromMemory(probabilities, shape);
        _inputs = [_input];
        _outputs = [_output];
    }

    public void Run() => _session.Run(_runOptions, _inputNames, _inputs, _outputNames, _outputs);

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
        _options.Dispose();
    }
}
