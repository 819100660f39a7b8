using System.Text.Json;

namespace Verification.Laws.Protocol;

/// <summary>
/// The script's side of the protocol, in .NET: reads a case file as text, runs an <see cref="Implementation"/>'s
/// kernels on each case and writes the results file, as <c>samples/python/run_kernel.py</c> does with numpy. A
/// kernel the implementation lacks is left out (its laws become not applicable); a kernel that throws is answered
/// with its error. The round-trip tests grade what it writes against an in-process audit of the same kernels.
/// </summary>
public static class ResultWriter
{
    /// <summary>Answers the case file text <paramref name="casesJson"/> with <paramref name="implementation"/>, writing UTF-8 JSON to <paramref name="results"/>.</summary>
    /// <exception cref="JsonException">The case file is not JSON, or names a kernel no slot has.</exception>
    /// <exception cref="KeyNotFoundException">The case file lacks a member a case file has.</exception>
    public static void Answer(string casesJson, Implementation implementation, Stream results)
    {
        ArgumentNullException.ThrowIfNull(casesJson);
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(results);
        using var cases = JsonDocument.Parse(casesJson);
        using var writer = new Utf8JsonWriter(results);
        writer.WriteStartObject();
        writer.WriteString("protocol", CaseSuite.ResultsProtocol);
        writer.WriteString("implementation", implementation.Name);
        writer.WritePropertyName("suite");
        cases.RootElement.GetProperty("suite").WriteTo(writer);
        writer.WriteStartArray("results");
        foreach (var @case in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (@case.GetProperty("precision").GetString() == "float")
            {
                AnswerCase(writer, @case, implementation.SinglePrecision);
            }
            else
            {
                AnswerCase(writer, @case, implementation.DoublePrecision);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void AnswerCase<T>(Utf8JsonWriter writer, JsonElement @case, ActivationKernels<T> kernels)
        where T : struct, IFloatingPointIeee754<T>
    {
        var name = @case.GetProperty("kernel").GetString()!;
        var kernel = ProtocolKernel.Find(name) ?? throw new JsonException($"case {@case.GetProperty("id")}: unknown kernel '{name}'");
        var inputs = @case.GetProperty("inputs");
        var vectors = kernel.InputNames.Select(name => inputs.GetProperty(name).EnumerateArray().Select(Read<T>).ToArray()).ToArray();
        var parameter = kernel.HyperparameterName is { } hyperparameter ? Read<T>(inputs.GetProperty(hyperparameter)) : T.Zero;
        var output = new T[@case.GetProperty("outputLength").GetInt32()];
        Action? run = kernel.Name switch
        {
            nameof(kernels.Softmax) => Unary(kernels.Softmax),
            nameof(kernels.LogSoftmax) => Unary(kernels.LogSoftmax),
            nameof(kernels.Sigmoid) => Unary(kernels.Sigmoid),
            nameof(kernels.SoftmaxJacobian) => Unary(kernels.SoftmaxJacobian),
            nameof(kernels.SoftmaxVectorJacobianProduct) => Paired(kernels.SoftmaxVectorJacobianProduct),
            nameof(kernels.LogSumExp) => kernels.LogSumExp is { } reduce ? () => output[0] = reduce(vectors[0]) : null,
            nameof(kernels.CrossEntropyGradient) => Paired(kernels.CrossEntropyGradient),
            nameof(kernels.Tanh) => Unary(kernels.Tanh),
            nameof(kernels.Softplus) => Unary(kernels.Softplus),
            nameof(kernels.LogSigmoid) => Unary(kernels.LogSigmoid),
            nameof(kernels.Silu) => Unary(kernels.Silu),
            nameof(kernels.SoftmaxWithTemperature) => Parameterized(kernels.SoftmaxWithTemperature),
            nameof(kernels.LogSoftmaxWithTemperature) => Parameterized(kernels.LogSoftmaxWithTemperature),
            nameof(kernels.SmoothLabels) => Parameterized(kernels.SmoothLabels),
            nameof(kernels.SmoothedCrossEntropyGradient) => kernels.SmoothedCrossEntropyGradient is { } gradient ? () => gradient(vectors[0], vectors[1], output, parameter) : null,
            _ => throw new System.Diagnostics.UnreachableException($"ProtocolKernel.All has a slot ResultWriter does not run: {kernel.Name}"),
        };
        if (run is null)
        {
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber("id", @case.GetProperty("id").GetInt32());
        try
        {
            run();
            writer.WriteStartArray("output");
            foreach (var value in output)
            {
                ProtocolNumbers.Write(writer, value);
            }

            writer.WriteEndArray();
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            writer.WriteString("error", $"{failure.GetType().Name}: {failure.Message}");
        }

        writer.WriteEndObject();

        Action? Unary(SpanKernel<T>? kernel) => kernel is null ? null : () => kernel(vectors[0], output);

        Action? Paired(PairedSpanKernel<T>? kernel) => kernel is null ? null : () => kernel(vectors[0], vectors[1], output);

        Action? Parameterized(ParameterizedSpanKernel<T>? kernel) => kernel is null ? null : () => kernel(vectors[0], output, parameter);
    }

    private static T Read<T>(JsonElement element)
        where T : struct, IFloatingPointIeee754<T> =>
        ProtocolNumbers.TryRead<T>(element) ?? throw new JsonException($"expected a number, found {element.GetRawText()}");
}
