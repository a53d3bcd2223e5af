/*
 * The MOST help-desk bot's Web Chat, for any page (the bot's own GET / uses it too).
 * Loaded after webchat.js:
 *   <div id="most-faq-bot" style="height: 600px"></div>
 *   <script src="https://BOT/webchat/webchat.js"></script>
 *   <script src="https://BOT/webchat/embed.js" data-target="most-faq-bot"></script>
 * It asks the bot for a short-lived Direct Line token (the secret stays on the server), then
 * renders Web Chat in zh-CN with the platform's look. Every message carries the browser's user
 * agent in channelData.clientInfo, so the bot knows the browser without asking.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var botOrigin = new URL(script.src, location.href).origin;
  var target = document.getElementById(script.getAttribute('data-target') || 'most-faq-bot');

  var styleOptions = {
    accent: '#1d4f91',
    botAvatarInitials: '科',
    botAvatarBackgroundColor: '#1d4f91',
    userAvatarInitials: '您',
    userAvatarBackgroundColor: '#c8102e',
    bubbleBackground: '#f3f6fa',
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#1d4f91',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 6,
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: '#1d4f91',
    suggestedActionTextColor: '#1d4f91',
    hideUploadButton: true,
    sendBoxButtonColor: '#1d4f91',
    primaryFont: "'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif"
  };

  function clientInfo() {
    return { userAgent: navigator.userAgent, language: navigator.language };
  }

  // Adds what the page knows to every activity the user sends.
  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
          var activity = action.payload.activity;
          activity.channelData = Object.assign({}, activity.channelData, { clientInfo: clientInfo() });
        }
        return next(action);
      };
    };
  });

  function showError(text) {
    target.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'most-faq-bot-error';
    p.textContent = text;
    target.appendChild(p);
  }

  fetch(botOrigin + '/api/directline/token', { method: 'POST' })
    .then(function (res) {
      if (!res.ok) throw new Error('token ' + res.status);
      return res.json();
    })
    .then(function (grant) {
      var directLine = window.WebChat.createDirectLine({
        token: grant.token,
        // A local Direct Line is served by the bot itself; otherwise Azure's.
        domain: grant.local ? botOrigin + '/v3/directline' : undefined,
        webSocket: true
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        // An Azure token carries the user id itself; the local one is told here.
        userID: grant.local ? grant.userId : undefined,
        locale: 'zh-CN',
        styleOptions: styleOptions
      }, target);
      target.setAttribute('data-ready', 'true');
    })
    .catch(function () {
      showError('智能客服暂时无法连接，请稍后再试。');
    });
})();
