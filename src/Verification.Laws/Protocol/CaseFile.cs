using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Verification.Laws.Protocol;

/// <summary>
/// Writes a <see cref="CaseSet"/> as the case file a script in any language reads (the format is in
/// docs/audit-protocol.md): the protocol tag, the <c>suite</c> to copy into the results, how numbers are spelled,
/// the kernels' signatures, then one case per line.
/// </summary>
public static class CaseFile
{
    /// <summary>Stated in the file itself so that a reader needs no other document to parse it.</summary>
    public const string NumbersNote =
        "Finite values are JSON numbers, the shortest decimal that reads back to the same float (precision float) or double "
        + "(precision double); -0.0 keeps its sign; NaN, +inf and -inf are the strings \"NaN\", \"Infinity\", \"-Infinity\". "
        + "Answer in the same spelling; an answer for a float case is rounded to float.";

    /// <summary>Writes the case file of <paramref name="cases"/> to <paramref name="stream"/> (UTF-8, LF line ends).</summary>
    public static void Write(Stream stream, CaseSet cases)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(cases);
        using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        text.WriteLine("{");
        text.WriteLine($"  \"protocol\": \"{CaseSuite.CasesProtocol}\",");
        text.WriteLine($"  \"suite\": {Compact(writer => SuiteJson.Write(writer, cases.Suite))},");
        text.WriteLine($"  \"numbers\": {Compact(writer => writer.WriteStringValue(NumbersNote))},");
        text.WriteLine("  \"kernels\": {");
        for (var k = 0; k < ProtocolKernel.All.Count; k++)
        {
            var kernel = ProtocolKernel.All[k];
            var separator = k < ProtocolKernel.All.Count - 1 ? "," : "";
            text.WriteLine($"    \"{kernel.Name}\": {Compact(writer => WriteSignature(writer, kernel))}{separator}");
        }

        text.WriteLine("  },");
        text.WriteLine("  \"cases\": [");
        for (var i = 0; i < cases.Cases.Count; i++)
        {
            var separator = i < cases.Cases.Count - 1 ? "," : "";
            text.WriteLine($"    {Compact(writer => WriteCase(writer, cases.Cases[i]))}{separator}");
        }

        text.WriteLine("  ]");
        text.WriteLine("}");
    }

    /// <summary>The name a precision has in the files: <c>float</c> or <c>double</c>.</summary>
    public static string PrecisionName(Precision precision) => precision == Precision.SinglePrecision ? "float" : "double";

    private static void WriteSignature(Utf8JsonWriter writer, ProtocolKernel kernel)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("inputs");
        foreach (var name in kernel.InputNames)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        if (kernel.HyperparameterName is { } hyperparameter)
        {
            writer.WriteString("hyperparameter", hyperparameter);
        }

        writer.WriteString("output", kernel.OutputShape);
        writer.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter writer, KernelCase @case)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", @case.Id);
        writer.WriteString("kernel", @case.Kernel.Name);
        writer.WriteString("precision", PrecisionName(@case.Precision));
        writer.WriteStartObject("inputs");
        for (var i = 0; i < @case.Inputs.Count; i++)
        {
            writer.WriteStartArray(@case.Kernel.InputNames[i]);
            foreach (var value in @case.Inputs[i])
            {
                WriteValue(writer, value, @case.Precision);
            }

            writer.WriteEndArray();
        }

        if (@case.Kernel.HyperparameterName is { } name && @case.Hyperparameter is { } hyperparameter)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, hyperparameter, @case.Precision);
        }

        writer.WriteEndObject();
        writer.WriteNumber("outputLength", @case.OutputLength);
        writer.WriteStartArray("laws");
        foreach (var law in @case.Laws)
        {
            writer.WriteStringValue(law);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A float case's values are spelled as floats (the shortest decimal for the float, not for its widened double).</summary>
    private static void WriteValue(Utf8JsonWriter writer, double value, Precision precision)
    {
        if (precision == Precision.SinglePrecision)
        {
            ProtocolNumbers.Write(writer, (float)value);
        }
        else
        {
            ProtocolNumbers.Write(writer, value);
        }
    }

    private static string Compact(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
