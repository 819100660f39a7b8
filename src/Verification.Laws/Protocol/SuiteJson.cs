using System.Text.Json;

namespace Verification.Laws.Protocol;

/// <summary>
/// The <c>suite</c> object shared by the case file and the results file:
/// <c>{"sampling": {"cases": 200, "seed": 1, "maximumSize": 100}, "laws": ["…"], "digest": "sha256:…"}</c>.
/// </summary>
internal static class SuiteJson
{
    public static void Write(Utf8JsonWriter writer, CaseSuite suite)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("sampling");
        writer.WriteNumber("cases", suite.Sampling.Cases);
        writer.WriteNumber("seed", suite.Sampling.Seed);
        writer.WriteNumber("maximumSize", suite.Sampling.MaximumSize);
        writer.WriteEndObject();
        writer.WriteStartArray("laws");
        foreach (var law in suite.Laws)
        {
            writer.WriteStringValue(law);
        }

        writer.WriteEndArray();
        writer.WriteString("digest", suite.Digest);
        writer.WriteEndObject();
    }

    /// <exception cref="ProtocolFormatException">A member is missing or has the wrong type.</exception>
    public static CaseSuite Read(JsonElement suite, string file, string path)
    {
        var reader = new JsonFields(file);
        reader.Object(suite, path);
        var sampling = reader.Member(suite, path, "sampling", JsonValueKind.Object);
        var samplingPath = path + ".sampling";
        var cases = reader.Integer(reader.Member(sampling, samplingPath, "cases", JsonValueKind.Number), samplingPath + ".cases", 1, int.MaxValue);
        var seed = reader.UnsignedInteger(reader.Member(sampling, samplingPath, "seed", JsonValueKind.Number), samplingPath + ".seed");
        var size = reader.Integer(reader.Member(sampling, samplingPath, "maximumSize", JsonValueKind.Number), samplingPath + ".maximumSize", 1, int.MaxValue);
        var laws = reader.Member(suite, path, "laws", JsonValueKind.Array);
        var names = new List<string>();
        var index = 0;
        foreach (var law in laws.EnumerateArray())
        {
            var lawPath = $"{path}.laws[{index++}]";
            if (law.ValueKind != JsonValueKind.String)
            {
                throw reader.Error(lawPath, $"expected a law name (a string), found {JsonFields.Describe(law)}");
            }

            names.Add(law.GetString()!);
        }

        var digest = reader.Member(suite, path, "digest", JsonValueKind.String).GetString()!;
        return new CaseSuite(new LawSampling(cases, seed, size), names, digest);
    }
}
