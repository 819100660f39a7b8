using System.Text.Json;

namespace Verification.Laws.Protocol;

/// <summary>
/// A results file read and checked against the cases it answers. Its <c>suite</c> (copied from the case file)
/// names the sampling and laws, from which the cases are generated again; the digest must match, every answer
/// must name a case and hold that case's number of values, and a kernel is answered for all its cases or for none
/// (none: the kernel is absent, and its laws are not applicable).
/// </summary>
public sealed class ResultFile
{
    private ResultFile(string implementationName, IReadOnlyList<ILaw> laws, CaseSet cases, IReadOnlyList<RecordedAnswer?> answers)
    {
        ImplementationName = implementationName;
        Laws = laws;
        Cases = cases;
        Answers = answers;
    }

    /// <summary>The <c>implementation</c> member, or the file's name without extension.</summary>
    public string ImplementationName { get; }

    /// <summary>The laws of the suite, in the file's order: the rows of the audit.</summary>
    public IReadOnlyList<ILaw> Laws { get; }

    /// <summary>The regenerated cases the answers belong to.</summary>
    public CaseSet Cases { get; }

    /// <summary>The answer to each case by id, null for cases of kernels the file leaves out.</summary>
    public IReadOnlyList<RecordedAnswer?> Answers { get; }

    /// <summary>Reads and checks the results file at <paramref name="path"/>.</summary>
    /// <exception cref="ProtocolFormatException">The file is missing, not JSON, or does not answer the cases it names.</exception>
    public static ResultFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw new ProtocolFormatException(path, "$", $"cannot be read: {failure.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Checks the text of a results file; <paramref name="file"/> is the name errors give it.</summary>
    /// <exception cref="ProtocolFormatException">The text is not JSON or does not answer the cases it names.</exception>
    public static ResultFile Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException failure)
        {
            throw new ProtocolFormatException(file, "$", $"not valid JSON: {failure.Message}" + NamedLiteralHint(failure));
        }

        using (document)
        {
            var fields = new JsonFields(file);
            var root = document.RootElement;
            fields.Object(root, "$");
            var protocol = fields.Member(root, "$", "protocol", JsonValueKind.String).GetString();
            if (protocol != CaseSuite.ResultsProtocol)
            {
                throw fields.Error("$.protocol", $"expected \"{CaseSuite.ResultsProtocol}\", found \"{protocol}\"");
            }

            var name = root.TryGetProperty("implementation", out var named) && named.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(named.GetString())
                ? named.GetString()!
                : Path.GetFileNameWithoutExtension(file);
            var suite = SuiteJson.Read(fields.Member(root, "$", "suite", JsonValueKind.Object), file, "$.suite");
            var laws = FindLaws(suite, fields);
            var cases = CaseSet.Generate(laws, suite.Sampling);
            if (!string.Equals(cases.Suite.Digest, suite.Digest, StringComparison.Ordinal))
            {
                throw fields.Error(
                    "$.suite.digest",
                    $"{suite.Digest} does not match the cases this version of the laws generates for this sampling and these laws ({cases.Suite.Digest}); "
                    + "write the case file again with this version (verification cases) and run the script on it");
            }

            var answers = ReadAnswers(fields.Member(root, "$", "results", JsonValueKind.Array), cases, fields);
            CheckEachKernelAnsweredWhollyOrNot(cases, answers, fields);
            return new ResultFile(name, laws, cases, answers);
        }
    }

    private static List<ILaw> FindLaws(CaseSuite suite, JsonFields fields)
    {
        var laws = new List<ILaw>(suite.Laws.Count);
        for (var i = 0; i < suite.Laws.Count; i++)
        {
            laws.Add(LawCatalog.Find(suite.Laws[i])
                ?? throw fields.Error(string.Create(CultureInfo.InvariantCulture, $"$.suite.laws[{i}]"), $"no law is named \"{suite.Laws[i]}\""));
        }

        return laws;
    }

    private static RecordedAnswer?[] ReadAnswers(JsonElement results, CaseSet cases, JsonFields fields)
    {
        var answers = new RecordedAnswer?[cases.Cases.Count];
        var index = 0;
        foreach (var entry in results.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.results[{index++}]");
            fields.Object(entry, path);
            var id = fields.Integer(fields.Member(entry, path, "id", JsonValueKind.Number), path + ".id", 0, Math.Max(0, cases.Cases.Count - 1));
            if (id >= cases.Cases.Count)
            {
                throw fields.Error(path + ".id", "the suite has no cases");
            }

            if (answers[id] is not null)
            {
                throw fields.Error(path + ".id", string.Create(CultureInfo.InvariantCulture, $"case {id} is answered twice"));
            }

            answers[id] = ReadAnswer(entry, path, cases.Cases[id], fields);
        }

        return answers;
    }

    private static RecordedAnswer ReadAnswer(JsonElement entry, string path, KernelCase @case, JsonFields fields)
    {
        var hasOutput = entry.TryGetProperty("output", out var output);
        var hasError = entry.TryGetProperty("error", out var error);
        if (hasOutput == hasError)
        {
            throw fields.Error(path, "expected exactly one of \"output\" (the kernel's values) and \"error\" (what the kernel raised)");
        }

        if (hasError)
        {
            return error.ValueKind == JsonValueKind.String
                ? new RecordedAnswer(null, error.GetString())
                : throw fields.Error(path + ".error", $"expected a string, found {JsonFields.Describe(error)}");
        }

        var outputPath = path + ".output";
        if (output.ValueKind != JsonValueKind.Array)
        {
            // A reduction (log-sum-exp) may be answered with its one value instead of a one-element array.
            return @case.OutputLength == 1 && ReadValue(output, @case.Precision) is { } scalar
                ? new RecordedAnswer([scalar], null)
                : throw fields.Error(outputPath, string.Create(CultureInfo.InvariantCulture, $"expected an array of {@case.OutputLength} numbers ({@case.Kernel.Name}, {CaseFile.PrecisionName(@case.Precision)}), found {JsonFields.Describe(output)}"));
        }

        if (output.GetArrayLength() != @case.OutputLength)
        {
            throw fields.Error(outputPath, string.Create(CultureInfo.InvariantCulture, $"case {@case.Id} ({@case.Kernel.Name}) needs {@case.OutputLength} values: {@case.Kernel.OutputShape}; found {JsonFields.Describe(output)}"));
        }

        var values = new double[@case.OutputLength];
        var i = 0;
        foreach (var element in output.EnumerateArray())
        {
            values[i] = ReadValue(element, @case.Precision)
                ?? throw fields.Error(string.Create(CultureInfo.InvariantCulture, $"{outputPath}[{i}]"), $"expected a number or \"NaN\", \"Infinity\", \"-Infinity\", found {JsonFields.Describe(element)}");
            i++;
        }

        return new RecordedAnswer(values, null);
    }

    /// <summary>A value of a float case is read as a float (correctly rounded from its decimal), then widened exactly.</summary>
    private static double? ReadValue(JsonElement element, Precision precision) =>
        precision == Precision.SinglePrecision ? ProtocolNumbers.TryRead<float>(element) : ProtocolNumbers.TryRead<double>(element);

    private static void CheckEachKernelAnsweredWhollyOrNot(CaseSet cases, RecordedAnswer?[] answers, JsonFields fields)
    {
        foreach (var group in cases.Cases.GroupBy(static @case => (@case.Kernel.Name, @case.Precision)))
        {
            var missing = group.Where(@case => answers[@case.Id] is null).Select(static @case => @case.Id).ToList();
            var total = group.Count();
            if (missing.Count > 0 && missing.Count < total)
            {
                var shown = string.Join(", ", missing.Take(10)) + (missing.Count > 10 ? ", …" : "");
                throw fields.Error(
                    "$.results",
                    string.Create(CultureInfo.InvariantCulture, $"{group.Key.Name} ({CaseFile.PrecisionName(group.Key.Precision)}) is answered for {total - missing.Count} of its {total} cases; missing ids {shown}. Answer every case of a kernel, or none to leave the kernel out"));
            }
        }
    }

    /// <summary>Python's json.dump writes NaN and Infinity as bare words, which JSON does not allow.</summary>
    private static string NamedLiteralHint(JsonException failure) =>
        failure.Message.Contains("'N'", StringComparison.Ordinal) || failure.Message.Contains("'I'", StringComparison.Ordinal)
            ? " (NaN and ±Infinity must be the strings \"NaN\", \"Infinity\", \"-Infinity\": in Python, convert them and use json.dump(..., allow_nan=False))"
            : "";
}
