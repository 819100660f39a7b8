using System.Text.Json;

namespace Verification.Laws.Protocol;

/// <summary>Typed access to the members of a parsed results file, each failure a <see cref="ProtocolFormatException"/> naming the file and JSON path.</summary>
/// <param name="File">The file as the user named it.</param>
internal sealed record JsonFields(string File)
{
    public ProtocolFormatException Error(string path, string problem) => new(File, path, problem);

    public void Object(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"expected an object, found {Describe(element)}");
        }
    }

    /// <summary>The member <paramref name="name"/> of the object at <paramref name="path"/>, which must exist and be of <paramref name="kind"/>.</summary>
    public JsonElement Member(JsonElement owner, string path, string name, JsonValueKind kind)
    {
        if (!owner.TryGetProperty(name, out var member))
        {
            throw Error(path, $"missing member \"{name}\" ({KindName(kind)})");
        }

        if (member.ValueKind != kind)
        {
            throw Error($"{path}.{name}", $"expected {KindName(kind)}, found {Describe(member)}");
        }

        return member;
    }

    public int Integer(JsonElement element, string path, int minimum, int maximum) =>
        element.TryGetInt32(out var value) && value >= minimum && value <= maximum
            ? value
            : throw Error(path, string.Create(CultureInfo.InvariantCulture, $"expected an integer from {minimum} to {maximum}, found {Describe(element)}"));

    public ulong UnsignedInteger(JsonElement element, string path) =>
        element.TryGetUInt64(out var value) ? value : throw Error(path, $"expected a non-negative integer, found {Describe(element)}");

    /// <summary>"the number 1.5", "the string \"abc\"", "an array of 3", "null"; long texts cut short.</summary>
    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.String => $"the string {Shorten(element.GetRawText())}",
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {element.GetArrayLength()}"),
        JsonValueKind.Object => "an object",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…\"";
}
