namespace Verification.Onnx.Tests;

/// <summary>A file in a directory of its own under the temporary folder, removed on dispose.</summary>
public sealed class TemporaryFile : IDisposable
{
    private TemporaryFile(string path) => Path = path;

    /// <summary>The file's full path; its name is the one asked for, so messages that name the file can be checked.</summary>
    public string Path { get; }

    public static TemporaryFile With(byte[] contents, string name)
    {
        var directory = Directory.CreateTempSubdirectory("verification-onnx-");
        var path = System.IO.Path.Combine(directory.FullName, name);
        System.IO.File.WriteAllBytes(path, contents);
        return new TemporaryFile(path);
    }

    public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
}
