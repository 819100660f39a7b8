using System.Text.Json;
using Fractions;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Check;

/// <summary>
/// The objects both JSON outputs (<c>check</c>'s and <c>explain</c>'s) write, written once so that the
/// two agree field for field: the indices of an instance, and the exact coordinates of a witness point.
/// </summary>
internal static class JsonFields
{
    /// <summary><c>"indices": { "i": 0, "j": 1 }</c>: each index variable of an instance with its value.</summary>
    public static void WriteIndices(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, int>> indices)
    {
        json.WriteStartObject("indices");
        foreach (var (name, value) in indices)
        {
            json.WriteNumber(name, value);
        }

        json.WriteEndObject();
    }

    /// <summary><c>"name": { "x": "1/3", … }</c>: the object <paramref name="name"/> of a point's coordinates (see <see cref="WriteCoordinates"/>).</summary>
    public static void WritePoint(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, Fraction>> point)
    {
        json.WriteStartObject(name);
        WriteCoordinates(json, point);
        json.WriteEndObject();
    }

    /// <summary>Each symbol of a point as a field of the object being written, its value exact (<see cref="RationalText.Exact"/>).</summary>
    public static void WriteCoordinates(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, Fraction>> point)
    {
        foreach (var (symbol, value) in point)
        {
            json.WriteString(symbol, RationalText.Exact(value));
        }
    }
}
