namespace ChatBot.Core.Curation.Transfer;

/// <summary>The exported document, ready to send as a file.</summary>
public sealed record ExportFile(string FileName, string Json, int Sources, int Facts, int SynonymGroups);
