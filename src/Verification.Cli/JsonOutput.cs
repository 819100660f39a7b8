using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Verification.Cli;

/// <summary>
/// How every <c>--format json</c> output is written, once: indented, written field by field through a
/// <see cref="Utf8JsonWriter"/> (so a renamed type cannot change the shape the README documents), and
/// printed with <c>\n</c> line endings on every platform so the snapshots are byte-identical.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Claims and law statements are full of '+', '<', '≤', '−', 'σ' and non-ASCII names; the
        // default encoder would print them as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document, the one <paramref name="document"/> writes, and a final newline to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> document)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            document(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n"));
    }

    /// <summary>Writes a JSON array with one element per item, each written by <paramref name="element"/>.</summary>
    public static void WriteArray<T>(TextWriter output, IEnumerable<T> items, Action<Utf8JsonWriter, T> element) =>
        Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                element(json, item);
            }

            json.WriteEndArray();
        });
}
