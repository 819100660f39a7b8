namespace Verification.Laws.Protocol;

/// <summary>
/// One input a law feeds a kernel, as written to the case file: the script under audit runs
/// <see cref="Kernel"/> in <see cref="Precision"/> on <see cref="Inputs"/> (and the hyperparameter) and answers
/// with <see cref="OutputLength"/> values under <see cref="Id"/>.
/// </summary>
/// <param name="Id">Position in the case file, from 0.</param>
/// <param name="Kernel">The slot to run.</param>
/// <param name="Precision"><see cref="Precision.SinglePrecision"/> (float32) or <see cref="Precision.DoublePrecision"/> (float64).</param>
/// <param name="Inputs">The vector inputs in the order of <see cref="ProtocolKernel.InputNames"/>, widened to double (exact for float).</param>
/// <param name="Hyperparameter">The temperature or smoothing, widened to double; null for kernels without one.</param>
/// <param name="OutputLength">How many values the answer must hold.</param>
/// <param name="Laws">The names of the laws that make this call (one call can serve several laws).</param>
public sealed record KernelCase(
    int Id,
    ProtocolKernel Kernel,
    Precision Precision,
    IReadOnlyList<double[]> Inputs,
    double? Hyperparameter,
    int OutputLength,
    IReadOnlyList<string> Laws);
