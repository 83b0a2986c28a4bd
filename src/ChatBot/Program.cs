using System.Text;
using ChatBot.Hosting;

Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
return await ChatBotApp.RunAsync(args, Console.In, Console.Out);
